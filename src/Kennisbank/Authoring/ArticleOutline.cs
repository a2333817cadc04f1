namespace Kennisbank.Authoring;

/// <summary>
/// The Markdown body a new article starts with, per type: an opening paragraph to replace and the <c>##</c>
/// headings that articles of that type share, each with a sentence saying what belongs there. The same
/// headings in every praktijkvoorbeeld make the articles comparable and fill "Op deze pagina" from the start.
/// </summary>
public static class ArticleOutline
{
    /// <summary>One <c>##</c> section: its heading and the placeholder text under it.</summary>
    public sealed record Section(string Heading, string Placeholder);

    private const string Opening =
        "Vervang deze alinea door de eerste alinea van het artikel: vertel in twee of drie zinnen waar het over gaat "
        + "en voor wie het bedoeld is. Begin niet met een kop met één #: de titel staat al boven het artikel.";

    private static readonly Dictionary<string, Section[]> ByType = new(StringComparer.Ordinal)
    {
        ["praktijkvoorbeeld"] =
        [
            new("Aanleiding", "Welk probleem of welke vraag had de school, en voor welke leerlingen?"),
            new("Aanpak", "Wat deed de school, stap voor stap? Wie waren erbij betrokken, en wat was er nodig aan tijd en geld?"),
            new("Resultaten", "Wat heeft het opgeleverd? Noem cijfers als die er zijn, en wat leerlingen, ouders en collega's merken."),
            new("Valkuilen", "Wat ging er mis of kostte meer tijd dan gedacht? Wat zou de school een volgende keer anders doen?"),
            new("Contact", "Bij wie kunnen andere scholen terecht met vragen? Noem een functie en het algemene e-mailadres van de school."),
        ],
        ["handreiking"] =
        [
            new("Waarom", "Waarom is dit belangrijk voor de school, en wat vragen de wet en de inspectie?"),
            new("Stappen", "Welke stappen zet de school, in welke volgorde?\n\n1. Eerste stap.\n2. Tweede stap.\n3. Derde stap."),
            new("Checklist", "Waar moet de school aan gedacht hebben?\n\n- Eerste punt om na te gaan.\n- Tweede punt om na te gaan."),
            new("Valkuilen", "Waar gaat het in de praktijk vaak mis, en hoe voorkom je dat?"),
        ],
        ["achtergrond"] =
        [
            new("Context", "Waar gaat het over, en waarom speelt het nu?"),
            new("Wat we weten", "Wat zeggen onderzoek, wetgeving en cijfers? Noem je bronnen onder 'links' in de front matter."),
            new("Wat betekent dit voor scholen?", "Wat kan een school met deze kennis, en waar moet zij rekening mee houden?"),
            new("Verder lezen", "Welke artikelen in de kennisbank gaan hier verder op in? Link ernaar met /artikelen/slug/."),
        ],
    };

    // For a type kennisbank.yml adds later: a neutral outline is better than none.
    private static readonly Section[] Other =
    [
        new("Aanleiding", "Waarom dit artikel, en voor wie is het bedoeld?"),
        new("Uitwerking", "De kern van het artikel, in korte alinea's met tussenkoppen."),
        new("Tot slot", "Wat neemt de lezer mee, en waar vindt hij meer?"),
    ];

    /// <summary>The sections for a type key; a neutral outline for a type without its own.</summary>
    public static IReadOnlyList<Section> Sections(string typeKey) => ByType.GetValueOrDefault(typeKey, Other);

    /// <summary>The body text: the opening paragraph and every section, ending with one newline.</summary>
    public static string Body(string typeKey)
    {
        var parts = new List<string> { Opening };
        parts.AddRange(Sections(typeKey).Select(s => $"## {s.Heading}\n\n{s.Placeholder}"));
        return string.Join("\n\n", parts) + "\n";
    }
}
