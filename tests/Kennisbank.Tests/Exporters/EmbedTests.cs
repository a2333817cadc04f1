using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Exporters;

/// <summary>Partner embeds: a self-contained list per theme for an iframe, and the same as JSON.</summary>
public sealed class EmbedTests : IDisposable
{
    private readonly TestSite _site = new();

    public EmbedTests()
    {
        for (var i = 1; i <= 12; i++)
            _site.Article($"h{i:D2}.md", "Tekst.\n", ("title", $"Huisvesting artikel {i:D2}"), ("theme", "huisvesting"), ("date", $"2025-03-{i:D2}"), ("tags", "[gebouw]"));
        _site.Article("ander.md", "Tekst.\n", ("title", "Een ander thema hier"), ("theme", "burgerschap"), ("tags", "[debat]"));
        Assert.True(_site.Build(baseUrl: "https://kb.example.nl/vo/").Succeeded);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Embed_lists_the_ten_latest_articles_of_its_theme_with_absolute_links_opening_in_the_top_window()
    {
        var page = _site.Page("/embed/themas/huisvesting/");

        Assert.Equal("_top", page.QuerySelector("base")!.GetAttribute("target"));
        var links = page.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(10, links.Count);
        Assert.Equal("https://kb.example.nl/vo/artikelen/h12/", links[0]);
        Assert.DoesNotContain("https://kb.example.nl/vo/artikelen/ander/", links);
        Assert.Equal("https://kb.example.nl/vo/themas/huisvesting/", page.QuerySelector("a.more")!.GetAttribute("href"));
    }

    [Fact]
    public void Embed_has_no_scripts_and_requests_nothing()
    {
        var page = _site.Page("/embed/themas/huisvesting/");

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("link[rel=stylesheet], img, iframe"));
        Assert.NotNull(page.QuerySelector("style"));
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Theme_api_lists_the_articles_of_the_theme_with_the_embed_address()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_site.OutputFile("/api/themas/huisvesting.json")));

        Assert.Equal(12, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("https://kb.example.nl/vo/embed/themas/huisvesting/", json.RootElement.GetProperty("theme").GetProperty("embed").GetString());
        Assert.All(json.RootElement.GetProperty("articles").EnumerateArray(), a => Assert.Equal("huisvesting", a.GetProperty("theme").GetProperty("key").GetString()));
    }
}
