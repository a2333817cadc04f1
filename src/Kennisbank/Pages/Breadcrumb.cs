namespace Kennisbank.Pages;

/// <summary>One step of the breadcrumb trail; the current page itself is the last, without a link.</summary>
public sealed record Breadcrumb(string Title, string Url);
