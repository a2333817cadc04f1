using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>Home, the article list with pagination, taxonomy pages and overviews.</summary>
public sealed class ListPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void WriteArticles(int count, string theme = "burgerschap")
    {
        for (var i = 1; i <= count; i++)
            _site.Article($"{theme}/{theme}-{i:D2}.md", "Tekst.\n",
                ("title", $"Artikel nummer {i:D2}"), ("theme", theme), ("date", $"2025-01-{i:D2}"), ("tags", "[debat]"));
    }

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Article_list_is_newest_first_and_paginated_with_working_links()
    {
        WriteArticles(25);
        BuildOk();

        var first = _site.Page("/artikelen/");
        var titles = first.QuerySelectorAll(".cards .card-title").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(20, titles.Count);
        Assert.Equal("Artikel nummer 25", titles[0]);
        Assert.Equal("Artikel nummer 06", titles[^1]);
        Assert.Equal("/artikelen/pagina/2/", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pagination a[rel=prev]"));

        var second = _site.Page("/artikelen/pagina/2/");
        Assert.Equal(5, second.QuerySelectorAll(".cards .card").Length);
        Assert.Equal("/artikelen/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".pagination [aria-current=page]")!.TextContent.Replace("Pagina", "").Trim());
        Assert.Contains("pagina 2 van 2", second.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Short_lists_have_no_pagination()
    {
        WriteArticles(3);
        BuildOk();

        Assert.Null(_site.Page("/artikelen/").QuerySelector(".pagination"));
        Assert.False(Directory.Exists(Path.Combine(_site.OutputDirectory, "artikelen", "pagina")));
    }

    [Fact]
    public void Home_shows_every_theme_with_its_count_and_the_latest_articles()
    {
        WriteArticles(3, "burgerschap");
        WriteArticles(2, "huisvesting");
        BuildOk();

        var home = _site.Page("/");
        var tiles = home.QuerySelectorAll(".theme-tile").ToDictionary(t => t.QuerySelector("h3")!.TextContent.Trim(), t => t.QuerySelector(".count")!.TextContent.Trim());
        Assert.Equal(8, tiles.Count);
        Assert.Equal("3 artikelen", tiles["Burgerschap"]);
        Assert.Equal("2 artikelen", tiles["Huisvesting"]);
        Assert.Equal("0 artikelen", tiles["Goed bestuur"]);
        Assert.Equal(5, home.QuerySelectorAll("#kb-nieuw ~ .cards .card, section[aria-labelledby=kb-nieuw] .card").Length);
    }

    [Fact]
    public void Theme_page_has_description_feed_link_and_only_its_articles()
    {
        WriteArticles(3, "burgerschap");
        WriteArticles(2, "huisvesting");
        BuildOk();

        var theme = _site.Page("/themas/huisvesting/");
        Assert.Equal("Huisvesting", theme.QuerySelector("h1")!.TextContent);
        Assert.Contains("schoolgebouwen", theme.QuerySelector(".lead")!.TextContent);
        Assert.Equal(2, theme.QuerySelectorAll(".card").Length);
        Assert.Equal("/themas/huisvesting/feed.xml", theme.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Empty_theme_still_has_a_page_that_says_so()
    {
        WriteArticles(1);
        BuildOk();

        var page = _site.Page("/themas/goed-bestuur/");
        Assert.Empty(page.QuerySelectorAll(".card"));
        Assert.Contains("nog geen artikelen", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Overviews_list_every_value_with_counts_and_links()
    {
        WriteArticles(2);
        BuildOk();

        var themes = _site.Page("/themas/");
        Assert.Equal(8, themes.QuerySelectorAll(".term-list > li").Length);
        var burgerschap = themes.QuerySelectorAll(".term-list > li").Single(li => li.QuerySelector("a")!.TextContent == "Burgerschap");
        Assert.Equal("/themas/burgerschap/", burgerschap.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2 artikelen", burgerschap.TextContent);

        var tags = _site.Page("/tags/");
        Assert.Equal("/tags/debat/", tags.QuerySelector(".term-list a")!.GetAttribute("href"));
        foreach (var path in new[] { "/soorten/", "/schoolsoorten/", "/regios/", "/soorten/handreiking/", "/schoolsoorten/vso/", "/regios/zeeland/" })
            Assert.NotNull(_site.Page(path).QuerySelector("h1"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        WriteArticles(1);
        _site.Article("burgerschap/concept.md", "Tekst.\n", ("title", "Nog niet klaar"), ("draft", "true"));

        BuildOk();
        Assert.False(File.Exists(_site.OutputFile("/artikelen/concept/")));
        Assert.DoesNotContain("Nog niet klaar", File.ReadAllText(_site.OutputFile("/artikelen/")));

        var withDrafts = _site.Build(drafts: true);
        Assert.True(withDrafts.Succeeded);
        Assert.Equal("Nog niet klaar", _site.Page("/artikelen/concept/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Not_found_page_offers_search_and_a_way_home()
    {
        WriteArticles(1);
        BuildOk();

        var page = _site.Page("/404.html");
        Assert.Equal("/zoeken/", page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
