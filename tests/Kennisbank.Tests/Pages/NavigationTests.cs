using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>
/// Routes through the site: the main menu leads to the themes, each article type and the tags and marks the current
/// section; theme pages narrow by type and school type with plain links to static pages; the tag overview shows the
/// most used tags first; labels read as running Dutch.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class NavigationTests(StarterSite site)
{
    private static List<(string? Href, string Text, string? Current)> Menu(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-nav a").Select(a => (a.GetAttribute("href"), a.TextContent, a.GetAttribute("aria-current"))).ToList();

    [Fact]
    public void The_menu_leads_to_themes_types_and_tags_and_marks_the_current_section()
    {
        var home = Menu(site.Page("/"));
        Assert.Equal(["/themas/", "/soorten/praktijkvoorbeeld/", "/soorten/handreiking/", "/soorten/achtergrond/", "/tags/"], home.Select(m => m.Href));
        Assert.Equal(["Thema's", "Praktijkvoorbeelden", "Handreikingen", "Achtergrond", "Trefwoorden"], home.Select(m => m.Text));
        Assert.All(home, m => Assert.Null(m.Current));

        Assert.Equal(("/soorten/handreiking/", "page"), Current(site.Page("/soorten/handreiking/")));
        Assert.Equal(("/themas/", "true"), Current(site.Page("/themas/passend-onderwijs/")));
        Assert.Equal(("/themas/", "page"), Current(site.Page("/themas/")));
        Assert.Equal(("/tags/", "true"), Current(site.Page("/tags/thuiszitters/")));
        // An article belongs to the section of its type.
        Assert.Equal(("/soorten/praktijkvoorbeeld/", "true"), Current(site.Page("/artikelen/thuiszitters-terug-naar-school/")));
    }

    private static (string?, string?) Current(AngleSharp.Dom.IDocument page)
    {
        var current = Menu(page).Where(m => m.Current is not null).ToList();
        Assert.Single(current);
        return (current[0].Href, current[0].Current);
    }

    [Fact]
    public void A_theme_narrows_by_type_and_school_type_on_static_pages()
    {
        var theme = site.Page("/themas/passend-onderwijs/");
        var filters = theme.QuerySelectorAll(".list-filters a").Select(a => (a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Contains(("/themas/passend-onderwijs/", "page"), filters);
        Assert.Contains(("/themas/passend-onderwijs/soort/handreiking/", null), filters);
        Assert.Contains(("/themas/passend-onderwijs/schoolsoort/vmbo/", null), filters);
        var total = int.Parse(theme.QuerySelector(".list-filters a[aria-current] .count")!.TextContent.Trim('(', ')'));

        var handreikingen = site.Page("/themas/passend-onderwijs/soort/handreiking/");
        var current = handreikingen.QuerySelector(".list-filters a[aria-current='page']")!;
        Assert.Equal("/themas/passend-onderwijs/soort/handreiking/", current.GetAttribute("href"));
        var count = int.Parse(current.QuerySelector(".count")!.TextContent.Trim('(', ')'));
        var cards = handreikingen.QuerySelectorAll(".cards .card");
        Assert.Equal(count, cards.Length);
        Assert.InRange(count, 1, total - 1);
        Assert.All(cards, c => Assert.Contains("Handreiking", c.QuerySelector(".card-meta")!.TextContent));
        Assert.Equal("Passend onderwijs: handreikingen", handreikingen.QuerySelector("h1")!.TextContent);

        var vmbo = site.Page("/themas/passend-onderwijs/schoolsoort/vmbo/");
        foreach (var href in vmbo.QuerySelectorAll(".cards .card-title a").Select(a => a.GetAttribute("href")!))
            Assert.Contains(site.Page(href).QuerySelectorAll(".meta a"), a => a.GetAttribute("href") == "/schoolsoorten/vmbo/");
    }

    [Fact]
    public void The_tag_overview_shows_the_most_used_tags_first_as_written()
    {
        var page = site.Page("/tags/");
        Assert.Equal("Trefwoorden", page.QuerySelector("h1")!.TextContent);
        var counts = page.QuerySelectorAll(".tag-cloud a .count").Select(c => int.Parse(c.TextContent.Trim('(', ')'))).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(c >= 2));
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        var everyTag = page.QuerySelectorAll(".term-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("Code goed bestuur", everyTag);
        Assert.DoesNotContain("code-goed-bestuur", everyTag);
        Assert.Equal("Trefwoord: intern toezicht", site.Page("/tags/intern-toezicht/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void School_types_read_lowercase_mid_sentence_and_capitalised_as_a_heading()
    {
        var article = site.Page("/artikelen/thuiszitters-terug-naar-school/");
        var schoolTypes = article.QuerySelectorAll(".meta a[href^='/schoolsoorten/']").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(schoolTypes);
        Assert.All(schoolTypes, s => Assert.Equal(s.ToLowerInvariant(), s));
        Assert.Equal("Vmbo", site.Page("/schoolsoorten/vmbo/").QuerySelector("h1")!.TextContent);
        Assert.Equal("Waar zoek je naar?", site.Page("/").QuerySelector("label[for='kb-zoekterm-home']")!.TextContent);
    }
}
