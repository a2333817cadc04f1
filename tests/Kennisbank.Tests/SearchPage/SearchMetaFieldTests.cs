using Kennisbank.Tests.Search.Support;
using System.Text.Json;
using Kennisbank.Exporters;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// The "meta" search field: theme, type, school types (label and key), region, school and authors are words of the
/// index, so typing a province, "praktijkonderwijs" or a school's name finds the articles that carry it, with a lower
/// boost than the text.
/// </summary>
public sealed class SearchMetaFieldTests
{
    private const string Config = MinimalConfig.Text + "\n" + """
        school_types:
          vso: { label: Voortgezet speciaal onderwijs }
          praktijkonderwijs: { label: Praktijkonderwijs }
        regions:
          friesland: { label: Friesland }
        """;

    [Fact]
    public void Taxonomy_labels_school_and_authors_are_indexed_in_the_meta_field_only()
    {
        using var site = new TestSite(Config);
        site.Article("a.md", "Een tekst zonder die woorden.\n", ("school_types", "[vso, praktijkonderwijs]"), ("region", "friesland"),
            ("school", "CSG Wâldwei, Drachten"), ("authors", "[Sietske Hoekstra]"));
        site.Article("b.md", "Een andere tekst.\n");

        Assert.True(site.Build().Succeeded);
        // The shards joined back into the one lunr index they hold.
        var joined = Path.GetTempFileName();
        LunrNode.Run("join-shards.mjs", Path.GetDirectoryName(site.OutputFile(SearchIndexExporter.ManifestPath))!, joined);
        using var index = JsonDocument.Parse(File.ReadAllText(joined));
        File.Delete(joined);
        var fields = index.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("meta", fields);
        var postings = index.RootElement.GetProperty("invertedIndex").EnumerateArray()
            .ToDictionary(e => e[0].GetString()!, e => e[1]);
        foreach (var term in new[] { "friesland", "vso", "praktijkonderwijs", "speciaal", "waldwei", "csg", "hoekstra" })
        {
            Assert.True(postings.TryGetValue(term, out var posting), $"'{term}' is not in the index");
            var inFields = posting.EnumerateObject().Where(p => p.Name != "_index").ToDictionary(p => p.Name, p => p.Value.EnumerateObject().Select(d => d.Name).ToList());
            Assert.Equal(["0"], inFields["meta"]);
            Assert.All(inFields.Where(f => f.Key != "meta"), f => Assert.Empty(f.Value));
        }
    }

    [Fact]
    public void Meta_is_boosted_below_title_summary_and_tags()
    {
        var boosts = Kennisbank.Configuration.SearchFields.Defaults.ToDictionary(f => f.Name, f => f.Boost);
        Assert.True(boosts["meta"] < boosts["tags"] && boosts["meta"] < boosts["summary"] && boosts["meta"] > boosts["body"]);
        Assert.Equal("Passend onderwijs Praktijkvoorbeeld", SearchFieldValues.Meta(MinimalArticle()));
    }

    private static Kennisbank.Model.Article MinimalArticle()
    {
        using var site = new TestSite(Config);
        site.Article("a.md");
        var diagnostics = new Kennisbank.Diagnostics.DiagnosticBag();
        var config = Kennisbank.Configuration.SiteConfigLoader.Load(site.ConfigFile, "kennisbank.yml", diagnostics)!;
        return Kennisbank.Build.ArticleCompiler.Compile(config, site.ContentDirectory, includeDrafts: false, diagnostics).Single();
    }
}
