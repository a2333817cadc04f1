using Kennisbank.Diagnostics;

namespace Kennisbank.FrontMatter;

/// <summary>An entry of <c>links</c>: a "Meer informatie" link with its title and URL.</summary>
public sealed record LinkReference(string Title, string Url, SourceLocation At);
