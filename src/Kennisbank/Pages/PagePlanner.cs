using Kennisbank.Model;
using Kennisbank.Taxonomies;
using Kennisbank.Yaml;

namespace Kennisbank.Pages;

/// <summary>
/// Stage 6: decides every HTML page of the site and the data each one gets. No HTML here: the templates draw.
/// </summary>
public static class PagePlanner
{
    private const int LatestOnHome = 8;

    private static readonly Breadcrumb HomeCrumb = new("Home", SitePaths.Home);

    public static IReadOnlyList<PageSpec> Plan(SiteModel site, IReadOnlyList<ContentPage>? contentPages = null)
    {
        var pages = new List<PageSpec> { Home(site), NotFound(), Search(site) };
        pages.AddRange((contentPages ?? []).Select(EditorsPage));
        pages.AddRange(site.Articles.Select(a => ArticlePage(site, a)));
        pages.AddRange(List(site, SitePaths.Articles, "Alle artikelen", "Alle praktijkvoorbeelden, handreikingen en achtergronden, de nieuwste eerst.",
            site.Articles, [HomeCrumb], listing: null, feed: "/feed.xml"));

        pages.AddRange(Taxonomy(site, site.Themes, SitePaths.Themes, "Thema's",
            "De thema's van de kennisbank, met het aantal artikelen per thema.", feeds: true, filtered: true));
        pages.AddRange(Taxonomy(site, site.Types, "/soorten/", "Soorten artikelen",
            "Praktijkvoorbeelden, handreikingen en achtergronden.", feeds: false));
        pages.AddRange(Taxonomy(site, site.SchoolTypes, "/schoolsoorten/", "Schoolsoorten",
            "Artikelen per schoolsoort: van praktijkonderwijs tot vwo en voortgezet speciaal onderwijs.", feeds: false));
        pages.AddRange(Taxonomy(site, site.Regions, "/regios/", "Regio's",
            "Praktijkvoorbeelden per provincie.", feeds: false));
        pages.AddRange(Taxonomy(site, site.Tags, SitePaths.Tags, "Trefwoorden",
            "Alle trefwoorden van de kennisbank, de meest gebruikte eerst.", feeds: false));
        pages.AddRange(site.Themes.Select(theme => Embed(site, theme)));
        pages.AddRange(site.Articles.SelectMany(a => a.Aliases.Select(alias => Redirect(alias, a))));
        return pages;
    }

    private static PageSpec Home(SiteModel site) => new()
    {
        SitePath = SitePaths.Home,
        Template = "home.html",
        Title = site.Config.Title,
        Description = site.Config.Description,
        FeedUrl = "/feed.xml",
        Data = new Dictionary<string, object?>
        {
            ["themes"] = site.Themes,
            ["latest"] = site.Articles.Take(LatestOnHome).ToList(),
            ["article_count"] = site.Articles.Count,
        },
    };

    private static PageSpec EditorsPage(ContentPage page) => new()
    {
        SitePath = page.Url,
        Origin = page.At,
        Template = "page.html",
        Title = page.Title,
        Description = page.Summary,
        Breadcrumbs = [HomeCrumb, new Breadcrumb(page.Title, page.Url)],
        Data = new Dictionary<string, object?> { ["content_page"] = page },
    };

    private static PageSpec NotFound() => new()
    {
        SitePath = "/404.html",
        Template = "404.html",
        Title = "Pagina niet gevonden",
        Description = "Deze pagina bestaat niet (meer).",
        NoIndex = true,
    };

    private static PageSpec Search(SiteModel site) => new()
    {
        SitePath = SitePaths.Search,
        Template = "search.html",
        Title = "Zoeken",
        Description = "Zoek in alle praktijkvoorbeelden, handreikingen en achtergronden van de kennisbank.",
        Breadcrumbs = [HomeCrumb, new Breadcrumb("Zoeken", SitePaths.Search)],
        Data = new Dictionary<string, object?> { ["themes"] = site.Themes },
    };

    private static PageSpec ArticlePage(SiteModel site, Article article) => new()
    {
        SitePath = article.Url,
        Origin = article.SlugAt,
        Template = "article.html",
        Title = article.Title,
        Description = article.Summary,
        Breadcrumbs = [HomeCrumb, new Breadcrumb("Thema's", SitePaths.Themes),
            new Breadcrumb(article.Theme.Label, SitePaths.Theme(article.Theme.Key)), new Breadcrumb(article.Title, article.Url)],
        Section = SitePaths.Type(article.Type.Key),
        Data = new Dictionary<string, object?>
        {
            ["article"] = article,
            ["related"] = site.Related[article.Slug],
        },
    };

    private static IEnumerable<PageSpec> Taxonomy(SiteModel site, IReadOnlyList<TermListing> listings, string overviewPath,
        string overviewTitle, string overviewDescription, bool feeds, bool filtered = false)
    {
        var overviewCrumb = new Breadcrumb(overviewTitle, overviewPath);
        yield return new PageSpec
        {
            SitePath = overviewPath,
            Template = "overview.html",
            Title = overviewTitle,
            Description = overviewDescription,
            Breadcrumbs = [HomeCrumb, overviewCrumb],
            Section = overviewPath,
            Data = new Dictionary<string, object?>
            {
                ["listings"] = listings,
                ["frequent"] = overviewPath == SitePaths.Tags ? MostUsed(listings) : null,
            },
        };

        foreach (var listing in listings)
        {
            var description = listing.Description ?? $"Alle artikelen over {listing.Label}.";
            // A tag is shown as the editor wrote it ("thuiszitters"), after a word that says what it is.
            var title = overviewPath == "/schoolsoorten/" ? Capitalized(listing.Label)
                : overviewPath == SitePaths.Tags ? $"Trefwoord: {listing.Label}"
                : listing.Label;
            foreach (var page in List(site, listing.Url, title, description, listing.Articles,
                         [HomeCrumb, overviewCrumb], listing, feeds ? SitePaths.ThemeFeed(listing.Key) : null,
                         overviewPath == "/soorten/" ? listing.Url : overviewPath,
                         filtered ? ThemeFilters.For(site.Config, listing, listing.Url) : null,
                         filtered ? EmbedOffer.For(listing, site.Config.Title) : null))
                yield return page;
            if (!filtered)
                continue;
            var themeCrumb = new Breadcrumb(listing.Label, listing.Url);
            foreach (var (path, heading, articles) in ThemeFilters.Narrowed(site.Config, listing))
                foreach (var page in List(site, path, heading, description, articles, [HomeCrumb, overviewCrumb, themeCrumb], listing,
                             feed: null, overviewPath, ThemeFilters.For(site.Config, listing, path)))
                    yield return page;
        }
    }

    /// <summary>The tags on at least two articles, most used first: what the tag overview shows before the full list.</summary>
    private static IReadOnlyList<TermListing> MostUsed(IReadOnlyList<TermListing> tags) =>
        tags.Where(t => t.Count >= 2).OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).Take(24).ToList();

    /// <summary>A label that sits mid-sentence elsewhere ("vmbo") as the start of a heading ("Vmbo").</summary>
    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static IEnumerable<PageSpec> List(SiteModel site, string path, string title, string description,
        IReadOnlyList<Article> articles, IReadOnlyList<Breadcrumb> parents, TermListing? listing, string? feed,
        string? section = null, ThemeFilters? filters = null, EmbedOffer? embed = null)
    {
        foreach (var (sitePath, slice, pagination) in ListPaginator.Paginate(path, articles, site.Config.ArticlesPerPage))
        {
            var pageTitle = pagination.Current == 1 ? title : $"{title} (pagina {pagination.Current} van {pagination.Total})";
            yield return new PageSpec
            {
                SitePath = sitePath,
                Template = "list.html",
                Title = pageTitle,
                Description = description,
                Breadcrumbs = [.. parents, new Breadcrumb(title, path)],
                FeedUrl = feed,
                Section = section ?? path,
                Data = new Dictionary<string, object?>
                {
                    ["filters"] = filters,
                    ["embed"] = pagination.Current == 1 ? embed : null,
                    ["heading"] = title,
                    ["intro"] = description,
                    ["listing"] = listing,
                    ["articles"] = slice,
                    ["total"] = articles.Count,
                    ["pagination"] = pagination,
                },
            };
        }
    }

    /// <summary>A self-contained list of a theme's latest articles for an iframe on a partner's site.</summary>
    private static PageSpec Embed(SiteModel site, TermListing theme) => new()
    {
        SitePath = SitePaths.ThemeEmbed(theme.Key),
        Template = "embed.html",
        Layout = null,
        Title = $"{theme.Label}: nieuwste artikelen",
        Description = theme.Description ?? theme.Label,
        NoIndex = true,
        Canonical = theme.Url,
        Data = new Dictionary<string, object?>
        {
            ["theme"] = theme,
            ["latest"] = theme.Articles.Take(EmbedOffer.Articles).ToList(),
        },
    };

    private static PageSpec Redirect(Located<string> alias, Article target) => new()
    {
        SitePath = alias.Value,
        Origin = alias.At,
        Template = "redirect.html",
        Layout = null,
        Title = target.Title,
        Description = target.Summary,
        NoIndex = true,
        Canonical = target.Url,
        Data = new Dictionary<string, object?> { ["target"] = target },
    };
}
