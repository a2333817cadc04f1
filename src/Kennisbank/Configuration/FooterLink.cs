using Kennisbank.Diagnostics;

namespace Kennisbank.Configuration;

/// <summary>
/// A link in the footer of every page, from <c>footer</c> in kennisbank.yml: to one of the editors' pages
/// (<c>page: toegankelijkheid</c> → /toegankelijkheid/) or to an address (<c>url</c>). Where it was written is kept,
/// so a page that does not exist is reported at that line.
/// </summary>
public sealed record FooterLink(string Label, string? Page, string? Url, SourceLocation At)
{
    /// <summary>The site path or absolute URL the link goes to.</summary>
    public string Href => Page is null ? Url! : $"/{Page}/";
}
