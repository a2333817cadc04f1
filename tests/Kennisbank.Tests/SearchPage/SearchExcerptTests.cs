using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// What each search result shows, in headless Debian Chromium on the starter site: the excerpt of the article
/// where the query's words occur (fetched only for the results in view, drawn without moving anything), words marked
/// by what matched — accents folded, compound parts inside their compound — and the "more" button's Dutch. The
/// expected sentences were chosen by reading the articles. All scenarios run in one Node process.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class SearchExcerptTests(StarterSite site)
{
    private static readonly object Gate = new();
    private static Dictionary<string, JsonElement>? _report;
    private static readonly object Desktop = new { width = 1280, height = 900 };

    private Dictionary<string, JsonElement> Report()
    {
        lock (Gate)
        {
            if (_report is not null)
                return _report;
            object[] scenarios =
            [
                new { name = "accents", viewport = Desktop, steps = new object[] { new { open = "/zoeken/?q=enquete" }, new { observe = "shown" } } },
                new { name = "compound", viewport = Desktop, steps = new object[]
                {
                    new { open = "/zoeken/?q=protocol" }, new { observe = "protocol" },
                    new { open = "/zoeken/?q=tekort" }, new { observe = "tekort" },
                } },
                new { name = "requests", viewport = Desktop, steps = new object[]
                {
                    new { open = "/zoeken/?q=mentor" }, new { observe = "first" },
                    new { scrollTo = "#kb-resultaten li:nth-child(12)" }, new { observe = "scrolled" },
                } },
                // Slower than the search box's debounce (180 ms), so results are drawn for "pes", "pest", "pestp", …
                new { name = "typing", viewport = Desktop, steps = new object[]
                {
                    new { open = "/zoeken/" }, new { type = "pestprotocol", pause = 200 }, new { observe = "typed" },
                } },
                new { name = "more", steps = new object[]
                {
                    new { open = "/zoeken/?q=leerling" }, new { observe = "first" },
                    new { click = "#kb-meer-resultaten" }, new { observe = "more" },
                } },
                new { name = "no shift", steps = new object[]
                {
                    new { hold = true }, new { open = "/zoeken/?q=pestprotocol" }, new { scrollTo = "#kb-resultaten" }, new { observe = "summary" },
                    new { release = true }, new { observe = "excerpt" },
                } },
            ];
            using var temp = new TempDirectory();
            var file = temp.Combine("scenarios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(scenarios));
            using var json = NodeTool.RunJson("browser/excerpt-scenarios.js", [site.OutputDirectory, file]);
            _report = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
            return _report;
        }
    }

    private JsonElement Observe(string scenario, string label)
    {
        var report = Report()[scenario];
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        return report.GetProperty("observations").GetProperty(label);
    }

    private static JsonElement Card(JsonElement observation, string url) =>
        observation.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("url").GetString() == url);

    private static List<string> Strings(JsonElement card, string property) =>
        card.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void A_result_shows_the_sentence_of_the_article_with_the_query_word_marked_even_without_its_accent()
    {
        var card = Card(Observe("accents", "shown"), "/artikelen/huiswerkbegeleiding-voor-iedereen/");

        Assert.True(card.GetProperty("excerpt").GetBoolean());
        Assert.StartsWith("Bij een enquête onder ouders in 2022 bleek dat ruim een derde van de leerlingen", card.GetProperty("text").GetString());
        Assert.Equal(["enquête"], Strings(card, "marks"));
    }

    [Fact]
    public void A_compound_part_is_marked_inside_its_compound_in_excerpt_and_summary()
    {
        var protocol = Observe("compound", "protocol");
        var pest = Card(protocol, "/artikelen/anti-pestcoordinator-met-mandaat/");
        Assert.True(pest.GetProperty("excerpt").GetBoolean());
        Assert.StartsWith("\"Ik was vooral degene die het pestprotocol bijhield,\" vertelt ze.", pest.GetProperty("text").GetString());
        Assert.Equal(["protocol"], Strings(pest, "marks"));
        Assert.Equal(["pestprotocol"], Strings(pest, "markedWords"));
        var incidents = Card(protocol, "/artikelen/gevoelige-onderwerpen-in-de-klas/");
        Assert.Contains("incidentenprotocol", Strings(incidents, "markedWords"));
        Assert.All(protocol.GetProperty("cards").EnumerateArray().SelectMany(c => Strings(c, "marks")), m => Assert.Equal("protocol", m, ignoreCase: true));

        // The summary of the article about career changers speaks of "tekortvakken": "tekort" is its first part.
        var summary = Card(Observe("compound", "tekort"), "/artikelen/zij-instromers-goed-begeleiden/");
        Assert.Contains("tekortvakken", summary.GetProperty("text").GetString());
        Assert.Contains("tekortvakken", Strings(summary, "markedWords"));
        Assert.DoesNotContain("tekortvakken", Strings(summary, "marks"));
    }

    [Fact]
    public void Article_pages_are_fetched_only_for_results_in_view_whose_summary_does_not_show_the_word_already()
    {
        foreach (var (label, earlier) in new[] { ("first", new List<string>()), ("scrolled", Strings(Observe("requests", "first"), "articlePages")) })
        {
            var observation = Observe("requests", label);
            var fetched = Strings(observation, "articlePages");
            var inView = observation.GetProperty("cards").EnumerateArray().Where(c => c.GetProperty("inView").GetBoolean()).ToList();
            Assert.InRange(inView.Count, 2, 10);
            Assert.NotEmpty(fetched);
            Assert.All(fetched, url => Assert.Contains(url, inView.Select(c => c.GetProperty("url").GetString())));
            foreach (var card in inView.Where(c => !fetched.Contains(c.GetProperty("url").GetString()!) && !earlier.Contains(c.GetProperty("url").GetString()!)))
                Assert.Contains(Strings(card, "marks"), m => m.StartsWith("mentor", StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(Observe("requests", "first").GetProperty("cards").GetArrayLength() >= 15);
        Assert.True(Strings(Observe("requests", "first"), "articlePages").Count + Strings(Observe("requests", "scrolled"), "articlePages").Count < 20);
    }

    [Fact]
    public void Typing_fetches_the_pages_of_the_results_it_stops_at_not_of_every_letter()
    {
        var typed = Observe("typing", "typed");
        var inView = typed.GetProperty("cards").EnumerateArray().Where(c => c.GetProperty("inView").GetBoolean()).Select(c => c.GetProperty("url").GetString()).ToList();

        Assert.Contains("/artikelen/anti-pestcoordinator-met-mandaat/", inView);
        Assert.Equal(["/artikelen/anti-pestcoordinator-met-mandaat/"], Strings(typed, "articlePages"));
        Assert.True(Card(typed, "/artikelen/anti-pestcoordinator-met-mandaat/").GetProperty("excerpt").GetBoolean());
    }

    [Fact]
    public void The_more_button_says_in_Dutch_how_many_results_it_adds()
    {
        var first = Observe("more", "first");
        int total = first.GetProperty("cards").GetArrayLength() + int.Parse(first.GetProperty("more").GetString()!.Split(' ')[2]);
        Assert.True(total > 20 && total <= 40, $"the starter site has {total} results for 'leerling'");
        Assert.Equal($"Toon nog {total - 20} {(total == 21 ? "resultaat" : "resultaten")}", first.GetProperty("more").GetString());

        var more = Observe("more", "more");
        Assert.Equal(JsonValueKind.Null, more.GetProperty("more").ValueKind);
        Assert.Equal(total, more.GetProperty("cards").GetArrayLength());
        Assert.Equal(more.GetProperty("cards")[20].GetProperty("url").GetString(), more.GetProperty("focused").GetString());
    }

    [Fact]
    public void The_excerpt_takes_the_summarys_place_without_moving_anything_on_the_screen()
    {
        var before = Observe("no shift", "summary");
        var after = Observe("no shift", "excerpt");
        var card = Card(after, "/artikelen/anti-pestcoordinator-met-mandaat/");

        Assert.True(card.GetProperty("inView").GetBoolean());
        Assert.False(Card(before, "/artikelen/anti-pestcoordinator-met-mandaat/").GetProperty("excerpt").GetBoolean());
        Assert.True(card.GetProperty("excerpt").GetBoolean());
        Assert.Equal(
            before.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("box").ToString()),
            after.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("box").ToString()));
        Assert.Equal(0, after.GetProperty("layoutShiftSinceRelease").GetDouble());
    }
}
