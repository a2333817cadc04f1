using System.Text.Json;
using System.Xml.Linq;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Exporters;

/// <summary>Atom feeds, the sitemap, robots.txt and the partner API, parsed as their consumers parse them.</summary>
public sealed class FeedsSitemapApiTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TestSite _site = new();

    public FeedsSitemapApiTests()
    {
        _site.Article("burgerschap/debat.md", "Tekst.\n", ("title", "Debat in de onderbouw"), ("theme", "burgerschap"),
            ("date", "2024-05-01"), ("updated", "2025-06-30"), ("tags", "[debat]"), ("authors", "[Thijs Oude Kotte]"),
            ("aliases", "[/oud/debat/]"), ("school_types", "[havo, vwo]"), ("region", "overijssel"));
        _site.Article("huisvesting/lucht.md", "Tekst.\n", ("title", "Frisse lucht in de klas"), ("theme", "huisvesting"), ("date", "2025-01-10"));
        _site.Article("huisvesting/concept.md", "Tekst.\n", ("title", "Nog een concept"), ("theme", "huisvesting"), ("draft", "true"));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Site_feed_is_atom_with_every_published_article_newest_first()
    {
        var feed = XDocument.Load(_site.OutputFile("/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://kennisbank.test/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2025-06-30T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Frisse lucht in de klas", "Debat in de onderbouw"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var debat = entries[1];
        Assert.Equal("https://kennisbank.test/artikelen/debat/", debat.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2024-05-01T00:00:00Z", debat.Element(Atom + "published")!.Value);
        Assert.Equal("2025-06-30T00:00:00Z", debat.Element(Atom + "updated")!.Value);
        Assert.Equal("Thijs Oude Kotte", debat.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("burgerschap", debat.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("Een korte samenvatting van het artikel.", debat.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Each_theme_has_its_own_feed_with_only_its_articles()
    {
        var feed = XDocument.Load(_site.OutputFile("/themas/huisvesting/feed.xml")).Root!;

        Assert.Equal(["Frisse lucht in de klas"], feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.True(File.Exists(_site.OutputFile("/themas/goed-bestuur/feed.xml")));
    }

    [Fact]
    public void Sitemap_lists_indexable_pages_with_absolute_urls_but_not_redirects_or_404()
    {
        var urls = XDocument.Load(_site.OutputFile("/sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Contains("https://kennisbank.test/", locations);
        Assert.Contains("https://kennisbank.test/artikelen/debat/", locations);
        Assert.Contains("https://kennisbank.test/themas/burgerschap/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("/oud/debat/", StringComparison.Ordinal) || l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains("concept", StringComparison.Ordinal));
        Assert.Equal(locations.Order(StringComparer.Ordinal), locations);
        var debat = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/artikelen/debat/", StringComparison.Ordinal));
        Assert.Equal("2025-06-30", debat.Element(Sitemap + "lastmod")!.Value);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        var lines = File.ReadAllLines(_site.OutputFile("/robots.txt"));

        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: https://kennisbank.test/sitemap.xml", lines);
    }

    [Fact]
    public void Api_lists_every_published_article_with_metadata_url_and_aliases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_site.OutputFile("/api/artikelen.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(["lucht", "debat"], articles.Select(a => a.GetProperty("slug").GetString()));
        var debat = articles[1];
        Assert.Equal("https://kennisbank.test/artikelen/debat/", debat.GetProperty("url").GetString());
        Assert.Equal("/artikelen/debat/", debat.GetProperty("path").GetString());
        Assert.Equal("Debat in de onderbouw", debat.GetProperty("title").GetString());
        Assert.Equal("burgerschap", debat.GetProperty("theme").GetProperty("key").GetString());
        Assert.Equal("Burgerschap", debat.GetProperty("theme").GetProperty("label").GetString());
        Assert.Equal("praktijkvoorbeeld", debat.GetProperty("type").GetProperty("key").GetString());
        Assert.Equal(["havo", "vwo"], debat.GetProperty("school_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("overijssel", debat.GetProperty("region").GetProperty("key").GetString());
        Assert.Equal("2024-05-01", debat.GetProperty("date").GetString());
        Assert.Equal("2025-06-30", debat.GetProperty("updated").GetString());
        Assert.Equal(["/oud/debat/"], debat.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, articles[0].GetProperty("region").ValueKind);
    }

    [Fact]
    public void Alias_gets_a_redirect_page_with_refresh_canonical_and_a_plain_link()
    {
        var page = _site.Page("/oud/debat/");

        Assert.Equal("0; url=/artikelen/debat/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://kennisbank.test/artikelen/debat/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/artikelen/debat/", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
