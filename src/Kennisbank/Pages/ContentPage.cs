using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Pages;

/// <summary>
/// A page editors own that is not an article: the accessibility statement, about, contact, privacy. One Markdown
/// file in <c>pages/</c> (<c>pages/toegankelijkheid.md</c> → <c>/toegankelijkheid/</c>) with a title and a summary.
/// </summary>
public sealed record ContentPage
{
    public required string Name { get; init; }

    public string Url => $"/{Name}/";

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public DateOnly? Updated { get; init; }

    public required RenderedMarkdown Body { get; init; }

    /// <summary>The file's first line, for messages about the page as a whole (a name that is taken).</summary>
    public required SourceLocation At { get; init; }
}
