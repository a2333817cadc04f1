using Kennisbank.Search;

namespace Kennisbank.Tests.Search.Support;

// A deterministic corpus of Dutch documents for comparing our index with lunr.js. Sentences written for
// these tests and the vocabulary of VO-raad documents (Data/seed-vocabulary.txt, whitespace-separated
// tokens with their punctuation) are mixed by a seeded Random, with the cases that tend to break ports:
// diacritics, hyphens, numbers and percentages, apostrophes, capitals, stop words, punctuation, empty and
// one-word fields, multi-word and duplicate tags, and refs that JavaScript orders as array indices.

/// <summary>A seeded generator of varied Dutch test documents.</summary>
internal static class DutchCorpus
{
    public static readonly SearchField[] Fields =
        [new("title", 10), new("summary", 5), new("tags", 5), new("body", 1)];

    private static readonly string[] Sentences =
    [
        "Van thuiszitter naar leerling: een nieuwe start op school.",
        "De coördinatie tussen school en zorg-coördinator verloopt soepel.",
        "Leerlingen in havo-vwo hebben ideeën over de toekomst van het onderwijs.",
        "Docenten zijn geïnteresseerd in de financiële gevolgen voor 2028.",
        "In België is 12% van de scholen al overgestapt op een nieuw rooster.",
        "Mohammed's auto's staan op het plein; de conciërge is er niet blij mee.",
        "Wat is de rol van het bestuur?  Dat hangt af van de situatie...",
        "Sociale veiligheid is (volgens de inspectie) een kerntaak van iedere school.",
        "Het Strategisch Kader 2020 - 2025 beschrijft vijf lijnen – bestaande en nieuwe.",
        "Één op de vijf leerlingen voelt zich niet gehoord; dat moet anders!",
        "Zij zouden het ’s ochtends willen bespreken met \"de ouders\".",
        "Passend onderwijs vraagt om maatwerk, samenwerking en vertrouwen.",
        "De VO-raad ondersteunt besturen bij het opstellen van hun eigen plannen.",
        "Naïeve aannames over cijfers (zoals 7,5 of 3.14) leiden tot misverstanden.",
        "E-mail: info@vo-raad.nl — of bel 030-2324700 voor meer informatie.",
        "Is dit al besproken?  Ja.  Nee.  Misschien!",
        "Reeds eerder werd gezegd dat men zonder visie niets bereikt.",
        "Kinderen, jongeren en volwassenen leren hun leven lang.",
        "Beoordelingen, toetsingen en examineringen worden herzien in 2024/2025.",
        "Tweeëntwintig scholen doen mee aan het pilotproject 'Zomerschool'.",
        "De enquête van CSG Wâldwei in Fryslân: 83% van de leerlingen, cao 2024, groep 10-14 jaar.",
        "Bij Ærø en Søren, Straße en Łódź, façade, mañana, Œuvre en de ĳsbaan: Enquete, Waldwei, e\u0301e\u0301n.",
    ];

    private static readonly string[] Tags =
    [
        "thuiszitters", "sociale veiligheid", "passend onderwijs", "Havo-VWO", "België", "coördinatie",
        "financiële verantwoording", "ideeën", "2028", "onderwijs", "", "  ", "Ouders & school", "zorg-coördinator", "Wâldwei", "cao 2024",
    ];

    public static string[] SeedVocabulary { get; } = File.ReadAllLines(
        Path.Combine(LunrNode.RepoRoot, "tests", "Kennisbank.Tests", "Search", "Data", "seed-vocabulary.txt"));

    public static List<(string Ref, Dictionary<string, FieldValue> Fields)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<(string, Dictionary<string, FieldValue>)>();
        for (int i = 0; i < count; i++)
        {
            // Mostly path-like refs; some look like array indices ("7"), which JavaScript objects sort first.
            string docRef = (i % 17) switch
            {
                3 => (count * 3 - i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                5 => "0" + i,
                _ => $"/artikelen/{i:D4}-{Words(random, 1).ToLowerInvariant()}/",
            };

            var fields = new Dictionary<string, FieldValue>();
            if (i % 23 != 7)
            {
                fields["title"] = FieldValue.Text(i % 29 == 1 ? "" : Words(random, random.Next(1, 9)));
            }

            fields["summary"] = FieldValue.Text(i % 11 == 4 ? Sentence(random) : Text(random, random.Next(0, 3)));
            if (i % 13 != 2)
            {
                fields["tags"] = FieldValue.List(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Tag(random)));
            }

            fields["body"] = FieldValue.Text(Text(random, random.Next(0, 40)));
            documents.Add((docRef, fields));
        }

        return documents;
    }

    /// <summary>The documents in build-index.js's input format.</summary>
    public static object ToNodeInput<TFields>(IEnumerable<(string Ref, TFields Fields)> documents)
        where TFields : IReadOnlyDictionary<string, FieldValue> => new
    {
        fields = Fields.Select(f => new { name = f.Name, boost = f.Boost }),
        documents = documents.Select(d => new
        {
            @ref = d.Ref,
            fields = d.Fields.ToDictionary(
                kv => kv.Key,
                kv => kv.Value.Items is { } items ? (object)items.ToArray() : kv.Value.TextValue!),
        }),
    };

    private static string Tag(Random random) =>
        random.Next(3) == 0 ? Words(random, random.Next(1, 3)) : Tags[random.Next(Tags.Length)];

    private static string Sentence(Random random) => Sentences[random.Next(Sentences.Length)];

    private static string Words(Random random, int count) =>
        string.Join(" ", Enumerable.Range(0, count).Select(_ => SeedVocabulary[random.Next(SeedVocabulary.Length)]));

    private static string Text(Random random, int sentences)
    {
        var parts = new List<string>();
        for (int s = 0; s < sentences; s++)
        {
            parts.Add(random.Next(3) == 0 ? Sentence(random) : Words(random, random.Next(3, 25)) + ".");
            if (random.Next(8) == 0)
            {
                parts.Add("\n\n");
            }
        }

        return string.Join(" ", parts);
    }
}
