using System.Text;
using Kennisbank.Diagnostics;
using Kennisbank.Output;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// Stage 4: one parse per article, then heading ids, link rewriting, HTML, plain text and word count from
/// that same tree. Articles whose Markdown contains raw HTML are sanitized afterwards.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links)
{
    public RenderedMarkdown Render(string markdown, ArticleSource source, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var (toc, ids) = HeadingIdentifiers.Assign(document);
        var (internalLinks, attachments) = links.Resolve(document, source, diagnostics);

        var buffer = t_html ??= new Utf8Buffer();
        buffer.Clear();
        var renderer = new HtmlRenderer(buffer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        var html = ContainsRawHtml(document)
            ? Encoding.UTF8.GetBytes(RawHtmlSanitizer.Sanitize(buffer.ToString()))
            : buffer.ToArray();
        if (buffer.Capacity > LargestReusedBuffer)
            t_html = null;

        var text = PlainTextExtractor.Extract(document);
        return new RenderedMarkdown(html, toc, text, PlainTextExtractor.CountWords(text), internalLinks, ids, attachments);
    }

    // The body's HTML is rendered straight into UTF-8 (how it is kept and written), in a buffer reused per thread.
    [ThreadStatic]
    private static Utf8Buffer? t_html;

    private const int LargestReusedBuffer = 1 << 20;

    private static bool ContainsRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
}
