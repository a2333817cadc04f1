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
    public RenderedMarkdown Render(string markdown, ArticleSource source, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var (toc, ids) = HeadingIdentifiers.Assign(document);
        var (internalLinks, attachments) = links.Resolve(document, source, diagnostics);

        // Rendered straight into UTF-8, the form in which the body is kept and written.
        var buffer = Utf8BufferPool.Rent();
        byte[] html;
        try
        {
            var renderer = new HtmlRenderer(buffer);
            pipeline.Setup(renderer);
            renderer.Render(document);
            if (ContainsRawHtml(document))
            {
                var dropped = new List<DroppedHtml>();
                html = Encoding.UTF8.GetBytes(RawHtmlSanitizer.Sanitize(buffer.ToString(), dropped));
                RawHtmlLocator.Report(document, source, dropped, diagnostics);
            }
            else
            {
                html = buffer.ToArray();
            }
        }
        finally
        {
            Utf8BufferPool.Return(buffer);
        }

        var text = PlainTextExtractor.Extract(document);
        return new RenderedMarkdown(html, toc, text, PlainTextExtractor.CountWords(text), internalLinks, ids, attachments);
    }

    private static bool ContainsRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
}
