using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Configuration;

namespace Kennisbank.Authoring;

/// <summary>
/// The text of a new article: front matter that passes every check as it stands (the five required keys, a summary
/// sentence that asks to be replaced, tags), then every optional key commented out under a one-line Dutch hint,
/// so an editor sees what is possible without looking it up — and then the outline of <see cref="ArticleOutline"/>.
/// </summary>
public static partial class ArticleScaffold
{
    /// <summary>Valid (non-empty, not the title) but unmistakably a placeholder; 'new' says to replace it.</summary>
    public const string SummaryPlaceholder =
        "Vervang deze zin door een samenvatting van een of twee zinnen: wat heeft de lezer aan dit artikel?";

    // Tags and list items that need no quotes in a YAML flow sequence: words, spaces and hyphens.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} \-]*$")]
    private static partial Regex PlainFlowScalar();

    public static string Text(SiteConfig config, string title, string theme, string type, DateOnly date, IReadOnlyList<string> tags)
    {
        var today = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {Quoted(title)}\n");
        text.Append($"summary: {Quoted(SummaryPlaceholder)}\n");
        text.Append($"theme: {theme}\n");
        text.Append($"type: {type}\n");
        text.Append($"date: {today}\n");
        text.Append("# Trefwoorden (drie tot vijf); elk krijgt een eigen pagina onder /tags/:\n");
        text.Append($"tags: {FlowList(tags)}\n");
        text.Append("# Hieronder staan de optionele gegevens. Haal '# ' weg voor een regel om die te gebruiken.\n");
        foreach (var (hint, line) in OptionalKeys(config, today))
            text.Append($"# {hint}\n# {line}\n");
        text.Append("---\n\n");
        text.Append(ArticleOutline.Body(type));
        return text.ToString();
    }

    private static IEnumerable<(string Hint, string Line)> OptionalKeys(SiteConfig config, string today)
    {
        var schoolTypes = config.SchoolTypes.Keys.ToList();
        var regions = config.Regions.Keys.ToList();
        yield return ("Datum van de laatste echte wijziging, niet vóór 'date':", $"updated: {today}");
        yield return ($"Schoolsoorten waarvoor het artikel geldt, uit: {string.Join(", ", schoolTypes)}.",
            $"school_types: [{string.Join(", ", schoolTypes.Take(2))}]");
        yield return ($"De provincie, een van: {string.Join(", ", regions)}.", $"region: {regions.FirstOrDefault() ?? ""}");
        yield return ("De school waar het over gaat, met de plaats:", "school: Naam van de school, Plaats");
        yield return ("Wie het artikel schreef (een of meer namen):", "authors: [Voornaam Achternaam]");
        yield return ("Slugs van artikelen die bovenaan 'Gerelateerde artikelen' moeten staan:", "related: [slug-van-een-ander-artikel]");
        yield return ("Oude adressen die naar dit artikel moeten blijven leiden:", "aliases: [/oud/adres/]");
        yield return ("Links onder 'Meer informatie', elk met een titel en een volledige URL:",
            "links: [{title: Naam van de pagina, url: \"https://www.example.nl/\"}]");
        yield return ("Zolang het artikel niet af is: true houdt het buiten de site.", "draft: true");
    }

    private static string FlowList(IReadOnlyList<string> items) =>
        "[" + string.Join(", ", items.Select(i => PlainFlowScalar().IsMatch(i) ? i : Quoted(i))) + "]";

    /// <summary>A YAML double-quoted scalar: only backslash and double quote need escaping in one line of text.</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
