using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// The search box's query language on the starter site in headless Debian Chromium (issue 13): the same answer however
/// a query arrives (typed, Enter, a link, Back), -word excludes, punctuation separates, queries without meaning list
/// nothing, a word that matches nothing is named with a "Bedoelde je" from the index's own vocabulary, and synonyms
/// are searched and said. One browser session for the class (tests/tools/browser/query-scenarios.js).
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class SearchQueryLanguageTests(StarterSite site)
{
    private static readonly object Gate = new();
    private static Dictionary<string, JsonElement>? _report;

    private const string VsoArticle = "/artikelen/tussenvoorziening-vso-en-regulier/";

    // The same text typed, then Enter, then as a link, then after leaving and coming Back.
    private static readonly string[] ArrivalQueries = ["a", "gezonde school", "hoe"];

    private static readonly (string Word, string Synonym)[] Synonyms =
    [
        ("SOP", "schoolondersteuningsprofiel"), ("OPP", "ontwikkelingsperspectiefplan"), ("MR", "medezeggenschapsraad"),
        ("LOB", "loopbaanoriëntatie"), ("IHP", "integraal huisvestingsplan"), ("SWV", "samenwerkingsverband"),
        ("docent", "leraar"), ("scholier", "leerling"), ("jeugdzorg", "jeugdhulp"),
    ];

    private static object Open(string query) => new { open = "/zoeken/?q=" + Uri.EscapeDataString(query) };

    private static object[] Opened(string name, params string[] queries) =>
        queries.Select((q, i) => (object)new { name = $"{name} {i}", steps = new[] { Open(q), new { observe = "results" } } }).ToArray();

    private Dictionary<string, JsonElement> Report()
    {
        lock (Gate)
        {
            if (_report is not null)
                return _report;
            var scenarios = new List<object>();
            foreach (var query in ArrivalQueries)
            {
                scenarios.Add(new
                {
                    name = "arrive " + query,
                    steps = new object[]
                    {
                        new { open = "/zoeken/" }, new { type = query }, new { observe = "typed" },
                        new { press = "Enter" }, new { observe = "enter" },
                        Open("thuiszitters"), Open(query), new { observe = "link" },
                        Open("ventilatie"), new { back = true }, new { observe = "back" },
                    },
                });
            }

            scenarios.Add(new
            {
                name = "correction",
                steps = new object[] { Open("pestprotocl"), new { observe = "typo" }, new { follow = "#kb-zoekstatus a" }, new { observe = "followed" } },
            });
            scenarios.AddRange(Opened("exclude", "thuiszitters", "thuiszitters -vso", "samenwerkingsverband -vso", "samenwerkingsverband -praktijkonderwijs",
                "samenwerkingsverband -vso/praktijkonderwijs"));
            scenarios.AddRange(Opened("meaningless", "de", "wat is het", "-vso"));
            scenarios.AddRange(Opened("punctuation", "pesten/incidenten", "pesten incidenten", "ouders,leerlingen", "ouders leerlingen"));
            scenarios.AddRange(Opened("numbers", "2021", "2022-2023", "cao 2024"));
            scenarios.AddRange(Opened("unmatched", "thuiszitters xyzzy", "thuiszitters", "moord", "thuiszittters"));
            scenarios.AddRange(Opened("synonym", Synonyms.SelectMany(s => new[] { s.Word, s.Synonym }).ToArray()));
            using var temp = new TempDirectory();
            var file = temp.Combine("scenarios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(scenarios));
            using var json = NodeTool.RunJson("browser/query-scenarios.js", [site.OutputDirectory, file]);
            _report = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
            return _report;
        }
    }

    private JsonElement Observe(string scenario, string label = "results")
    {
        var report = Report()[scenario];
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        return report.GetProperty("observations").GetProperty(label);
    }

    private static List<string> Results(JsonElement observation) =>
        observation.GetProperty("results").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string Status(JsonElement observation) => observation.GetProperty("status").GetString()!;

    private static int Count(JsonElement observation) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(Status(observation), @"(\d+) artikel").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_query_gives_the_same_answer_typed_after_enter_from_a_link_and_after_back()
    {
        foreach (var query in ArrivalQueries)
        {
            var typed = Observe("arrive " + query, "typed");
            foreach (var label in new[] { "enter", "link", "back" })
            {
                var other = Observe("arrive " + query, label);
                Assert.True(Status(typed) == Status(other), $"'{query}' typed: {Status(typed)}; {label}: {Status(other)}");
                Assert.Equal(Results(typed), Results(other));
                Assert.Equal(query, other.GetProperty("input").GetString());
                Assert.True(other.GetProperty("statusVisible").GetBoolean(), $"'{query}' {label}: status hidden");
            }
        }

        Assert.Empty(Results(Observe("arrive hoe", "typed")));
        Assert.True(Results(Observe("arrive gezonde school", "typed")).Count > 0);
    }

    [Fact]
    public void A_minus_word_excludes_the_articles_with_that_word_and_every_word_of_its_chunk()
    {
        var all = Results(Observe("exclude 0"));
        var withoutVso = Observe("exclude 1");
        Assert.Contains(VsoArticle, all);
        Assert.DoesNotContain(VsoArticle, Results(withoutVso));
        Assert.NotEmpty(Results(withoutVso));
        Assert.DoesNotContain("vso", withoutVso.GetProperty("marks").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));

        // "-vso/praktijkonderwijs" excludes both words: fewer results than either alone, and only results of both.
        var both = Results(Observe("exclude 4"));
        Assert.NotEmpty(both);
        Assert.All(both, url => Assert.Contains(url, Results(Observe("exclude 2"))));
        Assert.All(both, url => Assert.Contains(url, Results(Observe("exclude 3"))));
        Assert.True(both.Count < Math.Min(Results(Observe("exclude 2")).Count, Results(Observe("exclude 3")).Count));
    }

    [Fact]
    public void A_query_of_only_stop_words_or_only_excluded_words_lists_nothing_and_says_why()
    {
        foreach (var scenario in new[] { "meaningless 0", "meaningless 1" })
        {
            var seen = Observe(scenario);
            Assert.Empty(Results(seen));
            Assert.Contains("alleen uit heel gewone woorden", Status(seen));
            Assert.True(seen.GetProperty("statusVisible").GetBoolean());
            Assert.False(seen.GetProperty("noResultsVisible").GetBoolean());
        }

        Assert.Empty(Results(Observe("meaningless 2")));
        Assert.StartsWith("Met alleen woorden die er niet in mogen staan", Status(Observe("meaningless 2")));
    }

    [Fact]
    public void Punctuation_separates_words_as_spaces_do()
    {
        Assert.Contains("/artikelen/protocol-bij-incidenten/", Results(Observe("punctuation 0")));
        Assert.Equal(Results(Observe("punctuation 1")), Results(Observe("punctuation 0")));
        Assert.NotEmpty(Results(Observe("punctuation 2")));
        Assert.Equal(Results(Observe("punctuation 3")), Results(Observe("punctuation 2")));
    }

    // The starter content has no "cao 2024" or "10-14"; it has "2021", "2022-2023" and "cao" and "2024" apart.
    [Fact]
    public void Numbers_are_words_and_a_number_query_lists_only_the_articles_with_it()
    {
        foreach (var scenario in new[] { "numbers 0", "numbers 1", "numbers 2" })
        {
            var seen = Observe(scenario);
            Assert.InRange(Results(seen).Count, 1, 34);
            Assert.Contains("gevonden voor", Status(seen));
        }

        Assert.Equal("/artikelen/burgerschapsopdracht-in-het-schoolplan/", Results(Observe("numbers 0")).First());
    }

    [Fact]
    public void A_word_that_matches_nothing_is_named_and_the_other_words_results_shown_as_such()
    {
        var mixed = Observe("unmatched 0");
        Assert.StartsWith("Niets gevonden voor ‘xyzzy’. Wel ", Status(mixed));
        Assert.True(mixed.GetProperty("statusVisible").GetBoolean());
        Assert.Contains("gevonden voor ‘thuiszitters’", Status(mixed));
        Assert.Equal(Results(Observe("unmatched 1")), Results(mixed));
    }

    [Fact]
    public void A_misspelling_gets_bedoelde_je_with_the_corrected_word_marked_and_the_link_finds_it()
    {
        var typo = Observe("correction", "typo");
        Assert.Empty(Results(typo));
        Assert.Equal("Niets gevonden voor ‘pestprotocl’. Bedoelde je pestprotocol?", Status(typo));
        Assert.True(typo.GetProperty("statusVisible").GetBoolean());
        var suggestion = typo.GetProperty("suggestion");
        Assert.Equal("/zoeken/?q=pestprotocol", suggestion.GetProperty("href").GetString());
        Assert.Equal(["pestprotocol"], suggestion.GetProperty("marked").EnumerateArray().Select(m => m.GetString()));
        var followed = Observe("correction", "followed");
        Assert.Contains("/artikelen/anti-pestcoordinator-met-mandaat/", Results(followed));

        var plural = Observe("unmatched 3");
        Assert.Equal("/zoeken/?q=thuiszitters", plural.GetProperty("suggestion").GetProperty("href").GetString());
    }

    [Fact]
    public void A_word_whose_only_neighbours_start_differently_gets_no_noise()
    {
        // "moord" is one letter from "noord", "hoord" and "woord", which the index has: a different word, not a typo.
        var seen = Observe("unmatched 2");
        Assert.Empty(Results(seen));
        Assert.Equal("Niets gevonden voor ‘moord’.", Status(seen));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public void Abbreviations_and_synonyms_find_the_same_articles_and_the_page_says_what_it_also_searched()
    {
        for (int i = 0; i < Synonyms.Length; i++)
        {
            var (word, synonym) = Synonyms[i];
            var short_ = Observe($"synonym {2 * i}");
            var full = Observe($"synonym {2 * i + 1}");
            Assert.NotEmpty(Results(short_));
            // The last word is also a prefix ("opp" finds "oppervlak" too), so the abbreviation may find a few more.
            Assert.True(Count(short_) >= Count(full), $"{word}: {Status(short_)}; {synonym}: {Status(full)}");
            Assert.Contains(Results(short_).First(), Results(full));
            if (Count(short_) <= 20)
                Assert.All(Results(full), url => Assert.Contains(url, Results(short_)));
            Assert.Contains("Ook gezocht op: ", Status(short_));
            Assert.Contains(synonym, Status(short_));
        }
    }
}
