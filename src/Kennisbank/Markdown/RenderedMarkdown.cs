namespace Kennisbank.Markdown;

/// <summary>The result of rendering an article body: safe HTML, its outline, its plain text and what it links to.</summary>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    string PlainText,
    int WordCount,
    IReadOnlyList<InternalLink> InternalLinks,
    IReadOnlySet<string> HeadingIds);
