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
/// The search stage of a real build: the index in the built starter site is byte for byte what lunr.js 2.3.9 with
/// lunr.nl builds from the same articles (fields, boosts, refs from kennisbank.yml and the exporter's mapping),
/// documents.json maps every ref to its article, and the shipped lunr files are the pinned npm files, unmodified.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class SearchIndexExportTests(StarterSite site)
{
    [Fact]
    public void The_built_index_equals_what_lunr_js_builds_from_the_same_articles()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepoPaths.Config, "kennisbank.yml", diagnostics)!;
        var articles = ArticleCompiler.Compile(config, RepoPaths.Content, includeDrafts: false, diagnostics)
            .OrderBy(a => a.Slug, StringComparer.Ordinal).ToList();
        // The texts the build indexed: whole titles, summaries and tags, and each body pruned to its most
        // distinctive words (search.fields.body.terms in kennisbank.yml).
        var builder = SearchIndexExporter.IndexBuilder(articles, config.SearchFields);
        var pruned = builder.Build().ToJson();
        var indexed = articles.Select((a, i) => builder.IndexedDocument(SearchIndexExporter.Ref(i))).ToList();
        var input = new
        {
            fields = config.SearchFields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = indexed.Select((fields, i) => new
            {
                @ref = SearchIndexExporter.Ref(i),
                fields = fields.ToDictionary(f => f.Key, f => f.Value.Items is { } items ? (object)items.ToArray() : f.Value.TextValue!),
            }),
        };
        Assert.Equal(articles.Select(a => a.Title), indexed.Select(f => f["title"].TextValue));
        // With 35 articles most words occur in fewer than 20, so the floor keeps nearly every posting; the
        // commonest words still go from the bodies where they weigh least.
        var wholeFields = config.SearchFields.Select(f => f with { KeptTermsPercent = null }).ToList();
        var whole = SearchIndexExporter.IndexBuilder(articles, wholeFields).Build().ToJson();
        Assert.True(config.SearchFields.Single(f => f.Name == "body").KeptTermsPercent is not null);
        Assert.True(pruned.Length < whole.Length, "the starter bodies should lose their least distinctive words");
        var inputFile = Path.GetTempFileName();
        var outputFile = Path.GetTempFileName();
        File.WriteAllText(inputFile, JsonSerializer.Serialize(input));

        LunrNode.Run("build-index.js", inputFile, outputFile);

        var ours = File.ReadAllText(site.File("/search/lunr-index.json"));
        var theirs = File.ReadAllText(outputFile);
        Assert.True(articles.Count >= 30);
        Assert.True(ours == theirs, $"index differs from lunr.js (ours {ours.Length} chars, lunr.js {theirs.Length} chars)");
    }

    [Fact]
    public void Documents_map_every_ref_of_the_index_to_its_article()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(site.File("/search/lunr-index.json")));
        using var documents = JsonDocument.Parse(File.ReadAllText(site.File("/search/documents.json")));
        var refs = index.RootElement.GetProperty("fieldVectors").EnumerateArray()
            .Select(v => v[0].GetString()!.Split('/', 2)[1]).ToHashSet();
        var docs = documents.RootElement.GetProperty("documents");

        Assert.Equal(site.Result.ArticleCount, refs.Count);
        foreach (var docRef in refs)
        {
            var doc = docs.GetProperty(docRef);
            var page = site.Page(doc.GetProperty("url").GetString()!);
            Assert.Equal(page.QuerySelector("h1")!.TextContent, doc.GetProperty("title").GetString());
            Assert.Equal(page.QuerySelector(".lead")!.TextContent, doc.GetProperty("summary").GetString());
            Assert.True(docRef.Length <= 2, "refs must stay short");
        }

        Assert.Equal("Passend onderwijs", documents.RootElement.GetProperty("labels").GetProperty("theme").GetProperty("passend-onderwijs").GetString());
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
