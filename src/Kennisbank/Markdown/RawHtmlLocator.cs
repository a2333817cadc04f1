using Kennisbank.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// Tells the editor what the sanitizer dropped from their raw HTML, and where: each <see cref="DroppedHtml"/> becomes
/// a warning at the line and column of the raw HTML in the Markdown source that contains it (the sanitizer itself
/// sees only the rendered HTML, without positions).
/// </summary>
public static class RawHtmlLocator
{
    public static void Report(MarkdownDocument document, ArticleSource source, IReadOnlyList<DroppedHtml> dropped, DiagnosticBag diagnostics)
    {
        if (dropped.Count == 0)
            return;
        var raw = document.Descendants<HtmlBlock>().Select(b => (Text: b.Lines.ToString(), b.Line, b.Column))
            .Concat(document.Descendants<HtmlInline>().Select(i => (Text: i.Tag, i.Line, i.Column)))
            .OrderBy(r => r.Line).ThenBy(r => r.Column)
            .ToList();
        // The sanitizer walks the page in document order, so each dropped part is searched for after the one before.
        var cursor = (Node: 0, Offset: 0);
        foreach (var item in dropped)
        {
            var (at, found) = Locate(raw, item.Needle, cursor, source) ?? Locate(raw, "<" + item.Element, cursor, source) ?? Start(raw, source, cursor);
            cursor = found;
            var message = item.Code == ErrorCodes.RawHtmlOverlay
                ? $"ruwe HTML die over de pagina kan komen te liggen is weggelaten: {item.What} in <{item.Element}>; een artikel mag de opmaak van de pagina niet afdekken"
                : $"ruwe HTML die iets van een andere site laadt is weggelaten: {item.What} in <{item.Element}>; de kennisbank doet geen externe verzoeken (privacy van leerlingen, gesloten schoolnetwerken). Zet het bestand naast het artikel en link ernaar, of link gewoon naar de andere site";
            diagnostics.Warning(item.Code, at, message);
        }
    }

    private static (SourceLocation At, (int Node, int Offset) Found)? Locate(List<(string Text, int Line, int Column)> raw, string needle,
        (int Node, int Offset) from, ArticleSource source)
    {
        foreach (var start in new[] { from, (Node: 0, Offset: 0) })
        {
            for (var node = start.Node; node < raw.Count; node++)
            {
                var (text, line, column) = raw[node];
                var index = text.IndexOf(needle, node == start.Node ? Math.Min(start.Offset, text.Length) : 0, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                    continue;
                var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
                var linesBefore = text.AsSpan(0, index).Count('\n');
                var at = new SourceLocation(source.DisplayPath, source.BodyFirstLine + line + linesBefore,
                    (linesBefore == 0 ? column : 0) + index - lineStart + 1);
                return (at, (node, index));
            }
        }

        return null;
    }

    /// <summary>Where no text matches (the sanitizer saw the HTML rewritten): the first raw HTML of the article.</summary>
    private static (SourceLocation At, (int Node, int Offset) Found) Start(List<(string Text, int Line, int Column)> raw, ArticleSource source,
        (int Node, int Offset) cursor)
    {
        var first = raw.Count > 0 ? raw[0] : ("", 0, 0);
        return (new SourceLocation(source.DisplayPath, source.BodyFirstLine + first.Item2, first.Item3 + 1), cursor);
    }
}
