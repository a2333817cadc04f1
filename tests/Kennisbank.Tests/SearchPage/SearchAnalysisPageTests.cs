using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// What the index's analysis adds, seen on the starter site's search page in headless Chromium: every Latin
/// diacritic folds both ways, numbers are words, a province or school type typed as a word finds the articles that
/// carry it, and a part of a compound finds the compound. One browser session for the class.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class SearchAnalysisPageTests(StarterSite site)
{
    private static readonly object Gate = new();
    private static Dictionary<string, JsonElement>? _report;

    private Dictionary<string, JsonElement> Report()
    {
        lock (Gate)
        {
            if (_report is not null)
                return _report;
            string[] queries = ["Waldwei", "W%C3%A2ldwei", "enquete", "2021", "gelderland", "praktijkonderwijs", "tekort"];
            var scenarios = queries.Select(q => new { name = q, steps = new object[] { new { open = $"/zoeken/?q={q}" }, new { observe = "results" } } });
            using var temp = new TempDirectory();
            var file = temp.Combine("scenarios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(scenarios));
            using var json = NodeTool.RunJson("browser/search-scenarios.js", [site.OutputDirectory, file]);
            _report = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
            return _report;
        }
    }

    private JsonElement Observation(string query)
    {
        var scenario = Report()[query];
        Assert.Empty(scenario.GetProperty("errors").EnumerateArray());
        return scenario.GetProperty("observations").GetProperty("results");
    }

    private List<string> Results(string query) =>
        Observation(query).GetProperty("results").EnumerateArray().Select(r => r.GetString()!).ToList();

    // Found as typed, not through the typo allowance ("… met een woord dat erop lijkt").
    private List<string> ExactResults(string query)
    {
        Assert.DoesNotContain("erop lijkt", Observation(query).GetProperty("status").GetString());
        return Results(query);
    }

    private static List<string> ArticlesWith(string frontMatterLine) =>
        Directory.EnumerateFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith(frontMatterLine, StringComparison.Ordinal)))
            .Select(f => $"/artikelen/{Path.GetFileNameWithoutExtension(f)}/").ToList();

    [Fact]
    public void A_circumflex_folds_both_ways()
    {
        Assert.Equal(["/artikelen/brede-brugklas-en-uitgestelde-determinatie/"], ExactResults("Waldwei"));
        Assert.Equal(ExactResults("Waldwei"), ExactResults("W%C3%A2ldwei"));
        Assert.Contains("/artikelen/leerlingenraad-met-echte-invloed/", ExactResults("enquete"));
    }

    [Fact]
    public void A_year_is_a_word()
    {
        Assert.Equal("/artikelen/burgerschapsopdracht-in-het-schoolplan/", Results("2021").First());
        Assert.InRange(Results("2021").Count, 1, 20);
    }

    [Fact]
    public void A_province_or_school_type_typed_as_a_word_finds_its_articles()
    {
        Assert.Equal(ArticlesWith("region: gelderland").Order(), ExactResults("gelderland").Order());
        var practical = ArticlesWith("school_types: [praktijkonderwijs");
        Assert.True(practical.Count > 5);
        Assert.All(practical, url => Assert.Contains(url, Results("praktijkonderwijs")));
    }

    [Fact]
    public void A_part_of_a_compound_finds_the_compound()
    {
        Assert.Equal("/artikelen/lerarentekort-regionaal-aanpakken/", Results("tekort").First());
    }
}
