namespace Kennisbank.Markdown;

/// <summary>The result of rendering an article body: safe HTML, its outline, its plain text, what it links to and the files it uses.</summary>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    string PlainText,
    int WordCount,
    IReadOnlyList<InternalLink> InternalLinks,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<Attachment> Attachments);
