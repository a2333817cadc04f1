using Kennisbank.Diagnostics;

namespace Kennisbank.Model;

/// <summary>
/// A link in an article body that points into the site. It is rewritten while rendering and checked later,
/// once every page of the site is known (<c>Validation/InternalLinkChecker</c>).
/// </summary>
public sealed record InternalLink(string Path, string? Anchor, string Written, SourceLocation At);
