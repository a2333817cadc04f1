using System.Text;
using Kennisbank.Diagnostics;
using Kennisbank.Model;
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
    // One HTML renderer per thread, set up once: a new one per article (with the pipeline's renderers for every kind
    // of block and inline) was a twentieth of the Markdown stage's garbage.
    private readonly ThreadLocal<HtmlRenderer?> _renderers = new();

    public RenderedMarkdown Render(string markdown, ArticleSource source, DiagnosticBag diagnostics)
    {
        if (MarkdownNesting.Parse(markdown, pipeline, source, diagnostics) is not { } document)
            return new RenderedMarkdown([], [], [], 0, [], new HashSet<string>(), []);
        CharacterReferences.Check(document, source, diagnostics);
        var (toc, ids) = HeadingIdentifiers.Assign(document);
        var (internalLinks, attachments) = links.Resolve(document, source, diagnostics);

        // Rendered straight into UTF-8, the form in which the body is kept and written.
        var buffer = Utf8BufferPool.Rent();
        byte[] html;
        try
        {
            // Taken from the thread while in use: a renderer Markdig failed in halfway is dropped, not reused.
            var renderer = _renderers.Value ?? Setup(new HtmlRenderer(buffer));
            _renderers.Value = null;
            renderer.Writer = buffer;
            renderer.Render(document);
            html = ContainsRawHtml(document) ? Sanitized(buffer.ToString(), document, source, diagnostics) : buffer.ToArray();
            // A new renderer starts as if a line had just ended; a reused one is put back in that state (Markdig's own
            // reset works for string writers only). The line end goes into the buffer, which is cleared when returned.
            renderer.WriteLine();
            _renderers.Value = renderer;
        }
        finally
        {
            Utf8BufferPool.Return(buffer);
        }

        var (text, words) = PlainTextExtractor.Extract(document);
        return new RenderedMarkdown(html, toc, text, words, internalLinks, ids, attachments);
    }

    private HtmlRenderer Setup(HtmlRenderer renderer)
    {
        pipeline.Setup(renderer);
        return renderer;
    }

    private static byte[] Sanitized(string html, MarkdownDocument document, ArticleSource source, DiagnosticBag diagnostics)
    {
        if (RawHtmlNesting.IsTooDeep(html))
        {
            RawHtmlNesting.Report(document, source, diagnostics);
            return [];
        }

        var dropped = new List<DroppedHtml>();
        var clean = Encoding.UTF8.GetBytes(RawHtmlSanitizer.Sanitize(html, dropped));
        RawHtmlLocator.Report(document, source, dropped, diagnostics);
        return clean;
    }

    private static bool ContainsRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
}
