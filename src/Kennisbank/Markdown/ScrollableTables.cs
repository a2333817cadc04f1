using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Kennisbank.Markdown;

/// <summary>
/// Puts every table in a region that scrolls sideways on its own, so a wide table never widens the page on a phone.
/// The region is focusable (a keyboard user can scroll it: axe's scrollable-region-focusable) and named after the
/// table's column headings, so a screen reader announces which table it is before the user enters it.
/// </summary>
public sealed class ScrollableTables : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.FindExact<HtmlTableRenderer>() is not { } tables)
            return;
        html.ObjectRenderers.Replace<HtmlTableRenderer>(new RegionRenderer(tables));
    }

    /// <summary>The accessible name of a table's region: "Tabel: " and its header cells, or its first row.</summary>
    public static string Label(Table table)
    {
        var firstRow = table.OfType<TableRow>().FirstOrDefault();
        var cells = firstRow is null
            ? []
            : firstRow.OfType<TableCell>()
                .Select(cell => string.Join(" ", cell.Descendants<LeafBlock>().Select(b => PlainTextExtractor.InlineText(b.Inline).Trim())).Trim())
                .Where(text => text.Length > 0)
                .ToList();
        return cells.Count == 0 ? "Tabel" : "Tabel: " + string.Join(", ", cells);
    }

    private sealed class RegionRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .WriteEscape(Label(table))
                .WriteLine("\">");
            inner.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
