using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Taxonomies;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Exporters;

/// <summary>
/// A full build starts the search index beside the single-threaded stages before rendering
/// (<see cref="SearchIndexExporter.StartBuilding"/>). Its files must be byte for byte those of an index built on
/// first use, and an index started for one site model is never handed out for another (serve compiles again after
/// every edit).
/// </summary>
public sealed class SearchIndexStartedEarlyTests
{
    private static SiteModel StarterModel()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepoPaths.Config, "kennisbank.yml", diagnostics)!;
        var articles = ArticleCompiler.Compile(config, RepoPaths.Content, includeDrafts: false, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return TaxonomyBuilder.Build(config, articles);
    }

    private static Dictionary<string, byte[]> Files(IExporter exporter, SiteModel site) =>
        exporter.Export(site, []).ToDictionary(f => f.SitePath, f => f.Content.ToArray());

    [Fact]
    public void An_index_started_early_writes_the_same_files_as_one_built_on_first_use()
    {
        var site = StarterModel();

        var early = Files(SearchIndexExporter.StartBuilding(site), site);
        var onFirstUse = Files(new SearchIndexExporter(), site);

        Assert.True(early.Count > 10);
        Assert.Equal(onFirstUse.Keys.Order(StringComparer.Ordinal), early.Keys.Order(StringComparer.Ordinal));
        Assert.All(onFirstUse, file => Assert.True(file.Value.AsSpan().SequenceEqual(early[file.Key]), file.Key + " differs"));
    }

    [Fact]
    public void An_index_started_for_another_site_model_is_not_used()
    {
        var full = StarterModel();
        var smaller = TaxonomyBuilder.Build(full.Config, full.Articles.Skip(5).ToList());

        var exported = Files(SearchIndexExporter.StartBuilding(full), smaller);
        var expected = Files(new SearchIndexExporter(), smaller);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), exported.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(exported[file.Key]), file.Key + " differs"));
    }
}
