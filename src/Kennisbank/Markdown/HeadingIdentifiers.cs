using Kennisbank.Content;
using Kennisbank.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Kennisbank.Markdown;

/// <summary>
/// Gives every heading a stable id derived from its text (transliterated like slugs, so "Ideeën" → "ideeen";
/// repeats get -2, -3) and collects h2/h3 for the table of contents. Ids depend only on the text, so links
/// such as <c>/artikelen/x/#aanpak</c> survive unrelated edits elsewhere in the article.
/// </summary>
public static class HeadingIdentifiers
{
    public static (IReadOnlyList<TocEntry> Toc, IReadOnlySet<string> Ids) Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var toc = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainTextExtractor.InlineText(heading.Inline).Trim();
            var baseId = Slugs.From(text);
            // Ids starting with "kb-" belong to the templates (kb-inhoud, kb-titel …); headings never take them.
            if (baseId.Length == 0 || char.IsAsciiDigit(baseId[0]) || baseId.StartsWith("kb-", StringComparison.Ordinal))
                baseId = "kop-" + baseId;
            var id = baseId.TrimEnd('-');
            for (var n = 2; !used.Add(id); n++)
                id = $"{baseId}-{n}";
            heading.GetAttributes().Id = id;
            if (heading.Level is 2 or 3)
                toc.Add(new TocEntry(heading.Level, text, id));
        }

        return (toc, used);
    }
}
