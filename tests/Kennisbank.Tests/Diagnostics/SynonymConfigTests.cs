using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// search.synonyms in kennisbank.yml: read as the editors wrote it, every mistake a KB501 at its place, all in one run,
/// and the repository's starter list valid.
/// </summary>
public sealed class SynonymConfigTests
{
    private const string ValidConfig = MinimalConfig.Text + "\n" + """
        search:
          synonyms:
        """;

    private static (SiteConfig? Config, DiagnosticBag Diagnostics) Parse(string synonyms)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigLoader.Parse(ValidConfig + "\n" + synonyms, "kennisbank.yml", diagnostics), diagnostics);
    }

    [Fact]
    public void Groups_are_read_as_written()
    {
        var (config, diagnostics) = Parse("    - [SOP, schoolondersteuningsprofiel]\n    - [docent, leraar]\n    - [RvT, raad van toezicht]\n");

        Assert.Equal(0, diagnostics.ErrorCount);
        Assert.Equal([["SOP", "schoolondersteuningsprofiel"], ["docent", "leraar"], ["RvT", "raad van toezicht"]],
            config!.SearchSynonyms.Groups.Select(g => g.ToArray()).ToArray());
    }

    [Fact]
    public void Without_synonyms_there_are_none()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(ValidConfig.Replace("search:\n  synonyms:", ""), "kennisbank.yml", diagnostics);

        Assert.Empty(config!.SearchSynonyms.Groups);
    }

    [Fact]
    public void Every_mistake_is_KB501_at_its_place_in_one_run()
    {
        using var site = new TestSite(ValidConfig + """

                - docent, leraar
                - [scholier]
                - [jeugdzorg, '']
                - [MR, { a: b }]
                - [de, rector]
                - [leraar, onderwijzer]
                - [leraren, leerkracht]
            """);
        site.Article("debatclub.md");

        var diagnostics = site.Build().Diagnostics.Where(d => d.Code == "KB501").ToList();

        Assert.Equal(6, diagnostics.Count);
        DiagnosticAssert.At(diagnostics[0], site.ConfigFile, 12, 7);
        DiagnosticAssert.Mentions(diagnostics[0], "synoniemengroep", "lijst", "'docent, leraar'");
        DiagnosticAssert.At(diagnostics[1], site.ConfigFile, 13, 7);
        DiagnosticAssert.Mentions(diagnostics[1], "minstens twee");
        DiagnosticAssert.At(diagnostics[2], site.ConfigFile, 14, 19);
        DiagnosticAssert.Mentions(diagnostics[2], "leeg synoniem");
        DiagnosticAssert.At(diagnostics[3], site.ConfigFile, 15, 12);
        DiagnosticAssert.Mentions(diagnostics[3], "een blok met sleutels");
        DiagnosticAssert.At(diagnostics[4], site.ConfigFile, 16, 8);
        DiagnosticAssert.Mentions(diagnostics[4], "'de'", "stopwoorden");
        DiagnosticAssert.At(diagnostics[5], site.ConfigFile, 18, 8);
        DiagnosticAssert.Mentions(diagnostics[5], "'leraren'", "'leraar'", "regel 17", "één groep");
    }

    [Fact]
    public void The_group_in_two_places_names_the_first()
    {
        var (_, diagnostics) = Parse("    - [docent, leraar]\n    - [Leraar, leerkracht]\n");

        var diagnostic = Assert.Single(diagnostics.All);
        Assert.Equal("KB501", diagnostic.Code);
        Assert.Equal((13, 8), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'Leraar' staat al in een synoniemengroep ('leraar', regel 12)", diagnostic.Message);
    }

    [Fact]
    public void Synonyms_that_are_not_a_list_are_KB501()
    {
        var (config, diagnostics) = Parse("    docent: leraar\n");

        Assert.Null(config);
        var diagnostic = Assert.Single(diagnostics.All);
        Assert.Contains("'search.synonyms' moet een lijst van synoniemengroepen zijn", diagnostic.Message);
    }

    [Fact]
    public void The_starter_list_is_valid_and_covers_the_sector_abbreviations()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "kennisbank.yml")), "kennisbank.yml", diagnostics);

        Assert.Equal(0, diagnostics.ErrorCount);
        var words = config!.SearchSynonyms.Groups.SelectMany(g => g).ToHashSet();
        foreach (var word in new[] { "SOP", "OPP", "MR", "GMR", "LOB", "IHP", "SWV", "VSO", "PrO", "NPO", "docent", "leraar", "scholier", "leerling", "jeugdzorg", "jeugdhulp" })
            Assert.Contains(word, words);
    }

    [Fact]
    public void The_search_page_holds_the_groups_as_JSON_that_cannot_close_its_element()
    {
        using var site = new TestSite(ValidConfig + "\n    - [SOP, schoolondersteuningsprofiel]\n    - [\"a</script><b>\", coördinatie & zorg]\n");
        site.Article("debatclub.md");

        Assert.True(site.Build().Succeeded);
        var page = site.Page("/zoeken/");
        var element = Assert.Single(page.QuerySelectorAll("script#kb-synoniemen"));
        Assert.Equal("application/json", element.GetAttribute("type"));
        Assert.DoesNotContain("</script><b>", element.TextContent);
        using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
        Assert.Equal([["SOP", "schoolondersteuningsprofiel"], ["a</script><b>", "coördinatie & zorg"]],
            json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.EnumerateArray().Select(w => w.GetString()!).ToArray()).ToArray());
    }
}
