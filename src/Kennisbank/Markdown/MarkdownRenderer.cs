using Kennisbank.Diagnostics;
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

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        if (ContainsRawHtml(document))
            html = RawHtmlSanitizer.Sanitize(html);

        var text = PlainTextExtractor.Extract(document);
        return new RenderedMarkdown(html, toc, text, PlainTextExtractor.CountWords(text), internalLinks, ids, attachments);
    }

    private static bool ContainsRawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
}
