using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Tests.Search.Support;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// The search stage of a real build: the shards in the built starter site join back into exactly the index lunr.js
/// 2.3.9 with lunr.nl builds from the same articles (every word of every field, fields and boosts from
/// kennisbank.yml, refs from the exporter's order); the result data and facet runs describe every ref's article;
/// and the shipped lunr files are the pinned npm files, unmodified.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class SearchIndexExportTests(StarterSite site)
{
    private static List<Kennisbank.Model.Article> ArticlesInRefOrder(out SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        config = SiteConfigLoader.Load(RepoPaths.Config, "kennisbank.yml", diagnostics)!;
        var articles = ArticleCompiler.Compile(config, RepoPaths.Content, includeDrafts: false, diagnostics);
        return SearchIndexExporter.InRefOrder(articles, config).ToList();
    }

    [Fact]
    public void The_built_shards_join_into_the_index_lunr_js_builds_from_the_same_articles()
    {
        var articles = ArticlesInRefOrder(out var config);
        Assert.All(config.SearchFields, f => Assert.Null(f.KeptTermsPercent));
        var input = new
        {
            fields = config.SearchFields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = articles.Select((article, i) => new
            {
                @ref = SearchIndexExporter.Ref(i),
                fields = SearchFieldValues.Of(article, config.SearchFields).ToDictionary(
                    kv => kv.Key, kv => kv.Value.Items is { } items ? (object)items.ToArray() : kv.Value.TextValue!),
            }),
        };
        var inputFile = LunrNode.TempFile(".json");
        var lunrFile = LunrNode.TempFile(".json");
        var joinedFile = LunrNode.TempFile(".json");
        File.WriteAllText(inputFile, JsonSerializer.Serialize(input));

        LunrNode.Run("build-index.js", inputFile, lunrFile);
        LunrNode.Run("join-shards.mjs", Path.GetDirectoryName(site.File(SearchIndexExporter.ManifestPath))!, joinedFile);

        var joined = File.ReadAllText(joinedFile);
        var theirs = File.ReadAllText(lunrFile);
        Assert.True(articles.Count >= 30);
        Assert.True(Directory.GetFiles(Path.GetDirectoryName(site.File("/search/terms/0.json"))!).Length > 5, "the starter index should be split");
        Assert.True(joined == theirs, $"the shards differ from lunr.js's index (joined {joined.Length} chars, lunr.js {theirs.Length} chars)");
        Assert.Contains("\"thuiszitter\"", File.ReadAllText(site.File("/search/vocabulary/11.json")));
    }

    [Fact]
    public void Result_data_and_facet_runs_describe_every_refs_article()
    {
        var articles = ArticlesInRefOrder(out var config);
        using var manifest = JsonDocument.Parse(File.ReadAllText(site.File(SearchIndexExporter.ManifestPath)));
        var root = manifest.RootElement;
        int chunk = root.GetProperty("documentChunk").GetInt32();
        var runs = root.GetProperty("facetRuns").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var labels = root.GetProperty("labels");
        string[] Keys(string facet) => labels.GetProperty(facet).EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(site.Result.ArticleCount, root.GetProperty("documents").GetInt32());
        Assert.False(root.TryGetProperty("refs", out _), "refs are plain positions");
        int position = 0;
        for (int r = 0; r < runs.Length; r += 5)
        {
            for (long n = 0; n < runs[r]; n++, position++)
            {
                var article = articles[position];
                using var block = JsonDocument.Parse(File.ReadAllText(site.File($"/search/documents/{position / chunk}.json")));
                var shown = block.RootElement[position % chunk];
                var page = site.Page(shown[1].GetString()!);
                Assert.Equal(page.QuerySelector("h1")!.TextContent, shown[0].GetString());
                Assert.Equal(page.QuerySelector(".lead")!.TextContent, shown[2].GetString());
                Assert.Equal(article.Title, shown[0].GetString());
                Assert.Equal(article.Theme.Key, Keys("theme")[runs[r + 1]]);
                Assert.Equal(article.Type.Key, Keys("type")[runs[r + 2]]);
                Assert.Equal(article.Region?.Key, runs[r + 3] < 0 ? null : Keys("region")[runs[r + 3]]);
                Assert.Equal(article.SchoolTypes.Select(t => t.Key).Order(),
                    Keys("school_types").Where((_, bit) => (runs[r + 4] >> bit & 1) == 1).Order());
            }
        }

        Assert.Equal(articles.Count, position);
        Assert.Equal("Passend onderwijs", labels.GetProperty("theme").GetProperty("passend-onderwijs").GetString());
    }

    [Theory]
    [InlineData("lunr.min.js", "lunr/lunr.min.js")]
    [InlineData("lunr.stemmer.support.min.js", "lunr-languages/min/lunr.stemmer.support.min.js")]
    [InlineData("lunr.nl.min.js", "lunr-languages/min/lunr.nl.min.js")]
    public void Shipped_lunr_files_are_the_pinned_npm_files_unmodified(string shipped, string package)
    {
        var ours = File.ReadAllBytes(site.File($"/assets/vendor/lunr/{shipped}"));
        var pinned = File.ReadAllBytes(Path.Combine(RepoPaths.Tools, "node_modules", package));

        Assert.Equal(Convert.ToHexString(SHA256.HashData(pinned)), Convert.ToHexString(SHA256.HashData(ours)));
        Assert.True(File.Exists(site.File("/assets/vendor/lunr/LICENSE-lunr.txt")));
        Assert.Contains("MOZILLA PUBLIC LICENSE", Encoding.UTF8.GetString(File.ReadAllBytes(site.File("/assets/vendor/lunr/LICENSE-lunr-languages.txt"))));
    }
}
