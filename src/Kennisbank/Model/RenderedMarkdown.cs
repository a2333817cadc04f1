using System.Text;

namespace Kennisbank.Model;

/// <summary>
/// The result of rendering an article body: safe HTML, its outline, its plain text, what it links to and the files it uses.
/// HTML and plain text are kept as UTF-8, half the size of .NET strings: for 10,000 articles they are the largest
/// part of the model (about 215 MB as strings), held from the Markdown stage until the last page is written.
/// </summary>
public sealed class RenderedMarkdown(
    byte[] html,
    IReadOnlyList<TocEntry> toc,
    byte[] plainTextUtf8,
    int wordCount,
    IReadOnlyList<InternalLink> internalLinks,
    IReadOnlySet<string> headingIds,
    IReadOnlyList<Attachment> attachments)
{
    private readonly byte[] _plainText = plainTextUtf8;

    /// <summary>The body's HTML as UTF-8: printed into pages as it is, never decoded.</summary>
    public ReadOnlyMemory<byte> HtmlUtf8 { get; } = html;

    public IReadOnlyList<TocEntry> Toc { get; } = toc;

    /// <summary>The text without markup, for the search index and the word count.</summary>
    public string PlainText => Encoding.UTF8.GetString(_plainText);

    public int WordCount { get; } = wordCount;

    public IReadOnlyList<InternalLink> InternalLinks { get; } = internalLinks;

    public IReadOnlySet<string> HeadingIds { get; } = headingIds;

    public IReadOnlyList<Attachment> Attachments { get; } = attachments;
}
