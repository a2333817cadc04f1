using AngleSharp.Dom;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>The article page: metadata, Dutch dates, table of contents, body, links, tags, related articles, breadcrumbs.</summary>
public sealed class ArticlePageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private IDocument BuildArticle(string body, params (string, string?)[] matter)
    {
        _site.Article("passend-onderwijs/terugkeer.md", body, matter);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return _site.Page("/artikelen/terugkeer/");
    }

    [Fact]
    public void Shows_title_summary_and_metadata_with_dutch_labels_and_dates()
    {
        var page = BuildArticle("Tekst.\n",
            ("title", "Terugkeer na verzuim"), ("date", "2019-03-14"), ("updated", "2020-01-02"),
            ("school_types", "[vwo, vmbo]"), ("region", "noord-holland"), ("school", "Waalcollege, Nijmegen"),
            ("authors", "[Marieke de Vries, Ilse Verhoeven]"));

        Assert.Equal("Terugkeer na verzuim", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Een korte samenvatting van het artikel.", page.QuerySelector("main .lead")!.TextContent);
        var meta = page.QuerySelectorAll(".meta > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);
        Assert.Equal("14 maart 2019", meta["Gepubliceerd"].TextContent.Trim());
        Assert.Equal("2019-03-14", meta["Gepubliceerd"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2 januari 2020", meta["Bijgewerkt"].TextContent.Trim());
        // School types follow the order of kennisbank.yml, not the order written.
        Assert.Equal(["vmbo", "vwo"], meta["Schoolsoort"].QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("/schoolsoorten/vmbo/", meta["Schoolsoort"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Noord-Holland", meta["Regio"].TextContent.Trim());
        Assert.Equal("/regios/noord-holland/", meta["Regio"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Waalcollege, Nijmegen", meta["School"].TextContent.Trim());
        Assert.Equal("Marieke de Vries, Ilse Verhoeven", meta["Auteurs"].TextContent.Trim());
        Assert.Contains("minuut", meta["Leestijd"].TextContent);
        Assert.Equal("Passend onderwijs", page.QuerySelector(".kicker a[href='/themas/passend-onderwijs/']")!.TextContent);
        Assert.Equal("Praktijkvoorbeeld", page.QuerySelector(".kicker a[href='/soorten/praktijkvoorbeeld/']")!.TextContent);
    }

    [Fact]
    public void Reading_time_follows_the_word_count()
    {
        var words = string.Join(" ", Enumerable.Repeat("leerling", 1000));
        var page = BuildArticle(words + "\n");

        var minutes = page.QuerySelectorAll(".meta > div").Single(d => d.QuerySelector("dt")!.TextContent == "Leestijd").QuerySelector("dd")!;
        Assert.Equal("5 minuten", minutes.TextContent.Trim());
    }

    [Fact]
    public void Table_of_contents_lists_h2_and_h3_with_stable_transliterated_ids()
    {
        var page = BuildArticle("Intro.\n\n## Ideeën verzamelen\n\nTekst.\n\n### Wie doet wat?\n\nTekst.\n\n## Aanpak\n\n## Aanpak\n\n#### Diep\n");

        var links = page.QuerySelectorAll(".toc-open li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(
            [("#ideeen-verzamelen", "Ideeën verzamelen"), ("#wie-doet-wat", "Wie doet wat?"), ("#aanpak", "Aanpak"), ("#aanpak-2", "Aanpak")],
            links);
        foreach (var (href, _) in links)
            Assert.NotNull(page.GetElementById(href![1..]));
        Assert.Equal("Op deze pagina", page.QuerySelector(".toc-open h2")!.TextContent);
    }

    [Fact]
    public void Table_of_contents_nests_h3_under_its_section_and_folds_on_phones()
    {
        var page = BuildArticle("Intro.\n\n### Vooraf\n\n## Een\n\n### Een a\n\n### Een b\n\n## Twee\n\nTekst.\n");

        var sections = page.QuerySelectorAll(".toc-open > ol > li");
        Assert.Equal(["#vooraf", "#een", "#twee"], sections.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["#een-a", "#een-b"], sections[1].QuerySelectorAll("li li > a").Select(a => a.GetAttribute("href")));
        Assert.Empty(sections[0].QuerySelectorAll("ol"));
        // The phone version is a closed <details> with the same outline.
        var fold = page.QuerySelector("details.toc-fold")!;
        Assert.False(fold.HasAttribute("open"));
        Assert.Equal("Op deze pagina", fold.QuerySelector("summary")!.TextContent);
        Assert.Equal(page.QuerySelector(".toc-open ol")!.OuterHtml, fold.QuerySelector("nav > ol")!.OuterHtml);
    }

    [Fact]
    public void Tables_sit_in_a_focusable_region_named_after_their_columns()
    {
        var page = BuildArticle("| Wie | *Wat* |\n| --- | --- |\n| Mentor | Gesprek |\n\n<p class=\"x\">ruwe HTML</p>\n\n| Fase | Duur |\n| --- | --- |\n| 1 | week |\n");

        var regions = page.QuerySelectorAll(".article-body .table-scroll");
        Assert.Equal(2, regions.Length);
        Assert.All(regions, r => Assert.Equal(("region", "0"), (r.GetAttribute("role"), r.GetAttribute("tabindex"))));
        Assert.Equal(["Tabel: Wie, Wat", "Tabel: Fase, Duur"], regions.Select(r => r.GetAttribute("aria-label")));
        Assert.All(regions, r => Assert.Equal("TABLE", r.FirstElementChild!.TagName));
    }

    [Fact]
    public void Heading_ids_never_take_the_ids_the_templates_use()
    {
        var page = BuildArticle("## kb titel\n\nTekst.\n\n## Tweede\n");

        Assert.Single(page.QuerySelectorAll("#kb-titel"));
        Assert.NotNull(page.GetElementById("kop-kb-titel"));
    }

    [Fact]
    public void Renders_markdown_tables_lists_and_emphasis()
    {
        var page = BuildArticle("Een *nadruk* en **vet**.\n\n- een\n- twee\n\n| Wie | Wat |\n| --- | --- |\n| Mentor | Gesprek |\n");

        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("nadruk", body.QuerySelector("em")!.TextContent);
        Assert.Equal(2, body.QuerySelectorAll("ul li").Length);
        Assert.Equal(["Wie", "Wat"], body.QuerySelectorAll("table th").Select(th => th.TextContent));
        Assert.Equal("Mentor", body.QuerySelector("table td")!.TextContent);
    }

    [Fact]
    public void Meer_informatie_lists_the_links_of_the_front_matter()
    {
        var page = BuildArticle("Tekst.\n", ("links", "[{title: Passend onderwijs, url: 'https://www.passendonderwijs.nl/'}]"));

        var link = page.QuerySelector(".more-info a")!;
        Assert.Equal("Meer informatie", page.QuerySelector(".more-info h2")!.TextContent);
        Assert.Equal("https://www.passendonderwijs.nl/", link.GetAttribute("href"));
        Assert.Equal("Passend onderwijs", link.TextContent);
    }

    [Fact]
    public void Tags_link_to_their_slugged_pages_and_those_pages_list_the_article()
    {
        var page = BuildArticle("Tekst.\n", ("tags", "[Thuiszitters, sociale veiligheid, ideeën]"));

        var hrefs = page.QuerySelectorAll(".tag-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/tags/thuiszitters/", "/tags/sociale-veiligheid/", "/tags/ideeen/"], hrefs);
        var tagPage = _site.Page("/tags/ideeen/");
        Assert.Equal("Trefwoord: ideeën", tagPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("/artikelen/terugkeer/", tagPage.QuerySelector(".cards a")!.GetAttribute("href"));
    }

    [Fact]
    public void Breadcrumbs_lead_from_home_via_the_theme_to_the_current_page()
    {
        var page = BuildArticle("Tekst.\n", ("title", "Terugkeer na verzuim"));

        var crumbs = page.QuerySelectorAll("nav[aria-label='Kruimelpad'] li a").ToList();
        Assert.Equal(["Home", "Thema's", "Passend onderwijs", "Terugkeer na verzuim"], crumbs.Select(a => a.TextContent));
        Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
        Assert.Equal("/themas/passend-onderwijs/", crumbs[2].GetAttribute("href"));
    }

    [Fact]
    public void Head_has_canonical_description_open_graph_and_dutch_language()
    {
        var page = BuildArticle("Tekst.\n", ("title", "Terugkeer na verzuim"));

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://kennisbank.test/artikelen/terugkeer/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Een korte samenvatting van het artikel.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Terugkeer na verzuim", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Een korte samenvatting van het artikel.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("#kb-inhoud", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#kb-inhoud"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Fact]
    public void Page_makes_no_external_requests()
    {
        var page = BuildArticle("Tekst.\n");

        var sources = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], link[rel=icon]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.StartsWith("/", s));
    }

    [Fact]
    public void Permalink_is_the_absolute_url_of_the_article()
    {
        var page = BuildArticle("Tekst.\n");

        Assert.Equal("https://kennisbank.test/artikelen/terugkeer/", page.QuerySelector(".permalink a")!.GetAttribute("href"));
    }
}
