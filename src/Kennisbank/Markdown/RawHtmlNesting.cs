using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Markdig.Syntax;

namespace Kennisbank.Markdown;

/// <summary>
/// How deep the raw HTML of a body nests, counted over the rendered HTML before it goes to the sanitizer: 100,000
/// nested <c>&lt;div&gt;</c> kept the HTML parser busy for minutes, so a body nested deeper than
/// <see cref="InputLimits.HtmlDepth"/> is a located error and is not sanitized at all. Void elements
/// (<c>&lt;br&gt;</c>, <c>&lt;img&gt;</c>) and self-closing tags open nothing; comments are skipped.
/// </summary>
internal static class RawHtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                    return false;
                i = end + 2;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            if (nameEnd == start)
                continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            if (!selfClosing && !VoidElements.Contains(html[start..nameEnd]) && ++depth > InputLimits.HtmlDepth)
                return true;
        }

        return false;
    }

    public static void Report(MarkdownDocument document, ArticleSource source, DiagnosticBag diagnostics)
    {
        var first = document.Descendants<HtmlBlock>().Select(b => b.Line)
            .Concat(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(h => h.Line))
            .DefaultIfEmpty(0).Min();
        diagnostics.Error(ErrorCodes.HtmlTooDeep, new SourceLocation(source.DisplayPath, source.BodyFirstLine + first, 1),
            $"de HTML in de tekst is dieper genest dan {InputLimits.HtmlDepth} elementen; maak de structuur platter (of schrijf het in Markdown)");
    }
}
