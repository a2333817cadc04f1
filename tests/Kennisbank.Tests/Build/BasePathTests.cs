using System.Text.Json;
using System.Xml.Linq;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Build;

/// <summary>Under a sub-path (base_url https://host/kb/) every link, asset and URL carries the base path.</summary>
public sealed class BasePathTests : IDisposable
{
    private readonly TestSite _site = new();

    public BasePathTests()
    {
        _site.Article("a.md", "Zie [het andere artikel](/artikelen/b/#aanpak) en [via bestand](b.md).\n", ("title", "Eerste artikel hier"), ("tags", "[debat]"), ("aliases", "[/oud/a/]"));
        _site.Article("b.md", "## Aanpak\n\nTekst.\n", ("title", "Tweede artikel hier"));
        var result = _site.Build(baseUrl: "https://scholen.example.org/kb/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_root_relative_link_and_asset_starts_with_the_base_path()
    {
        var pages = new[] { "/", "/artikelen/a/", "/artikelen/", "/themas/", "/tags/debat/", "/404.html", "/zoeken/", "/oud/a/" };
        foreach (var path in pages)
        {
            var document = _site.Page(path);
            var urls = document.QuerySelectorAll("a[href], link[href], script[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action"))
                .Where(u => u!.StartsWith('/'))
                .ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, u => Assert.StartsWith("/kb/", u));
        }
    }

    [Fact]
    public void Links_in_article_bodies_are_rewritten_to_the_base_path()
    {
        var links = _site.Page("/artikelen/a/").QuerySelectorAll(".article-body a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/kb/artikelen/b/#aanpak", "/kb/artikelen/b/"], links);
    }

    [Fact]
    public void Absolute_urls_in_feeds_sitemap_api_and_canonical_include_the_base_path()
    {
        Assert.Equal("https://scholen.example.org/kb/artikelen/a/", _site.Page("/artikelen/a/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var sitemap = XDocument.Load(_site.OutputFile("/sitemap.xml"));
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => Assert.StartsWith("https://scholen.example.org/kb/", loc.Value));
        using var api = JsonDocument.Parse(File.ReadAllText(_site.OutputFile("/api/artikelen.json")));
        Assert.Equal("/kb/artikelen/a/", api.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "a").GetProperty("path").GetString());
        Assert.Equal("0; url=/kb/artikelen/a/", _site.Page("/oud/a/").QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }
}
