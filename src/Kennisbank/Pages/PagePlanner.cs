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
    private const int LatestInEmbed = 10;

    private static readonly Breadcrumb HomeCrumb = new("Home", SitePaths.Home);

    public static IReadOnlyList<PageSpec> Plan(SiteModel site, IReadOnlyList<ContentPage>? contentPages = null)
    {
        var pages = new List<PageSpec> { Home(site), NotFound(), Search(site) };
        pages.AddRange((contentPages ?? []).Select(EditorsPage));
        pages.AddRange(site.Articles.Select(a => ArticlePage(site, a)));
        pages.AddRange(List(site, SitePaths.Articles, "Alle artikelen", "Alle praktijkvoorbeelden en handreikingen, de nieuwste eerst.",
            site.Articles, [HomeCrumb], listing: null, feed: "/feed.xml"));

        pages.AddRange(Taxonomy(site, site.Themes, SitePaths.Themes, "Thema's",
            "De thema's van de kennisbank, met het aantal artikelen per thema.", feeds: true));
        pages.AddRange(Taxonomy(site, site.Types, "/soorten/", "Soorten artikelen",
            "Praktijkvoorbeelden, handreikingen en achtergronden.", feeds: false));
        pages.AddRange(Taxonomy(site, site.SchoolTypes, "/schoolsoorten/", "Schoolsoorten",
            "Artikelen per schoolsoort: van praktijkonderwijs tot vwo en voortgezet speciaal onderwijs.", feeds: false));
        pages.AddRange(Taxonomy(site, site.Regions, "/regios/", "Regio's",
            "Praktijkvoorbeelden per provincie.", feeds: false));
        pages.AddRange(Taxonomy(site, site.Tags, SitePaths.Tags, "Tags",
            "Alle trefwoorden van de kennisbank.", feeds: false));
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
        Description = "Zoek in alle praktijkvoorbeelden en handreikingen van de kennisbank.",
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
        Data = new Dictionary<string, object?>
        {
            ["article"] = article,
            ["related"] = site.Related[article.Slug],
        },
    };

    private static IEnumerable<PageSpec> Taxonomy(SiteModel site, IReadOnlyList<TermListing> listings, string overviewPath,
        string overviewTitle, string overviewDescription, bool feeds)
    {
        var overviewCrumb = new Breadcrumb(overviewTitle, overviewPath);
        yield return new PageSpec
        {
            SitePath = overviewPath,
            Template = "overview.html",
            Title = overviewTitle,
            Description = overviewDescription,
            Breadcrumbs = [HomeCrumb, overviewCrumb],
            Data = new Dictionary<string, object?> { ["listings"] = listings },
        };

        foreach (var listing in listings)
        {
            var description = listing.Description ?? $"Alle artikelen over {listing.Label}.";
            foreach (var page in List(site, listing.Url, listing.Label, description, listing.Articles,
                         [HomeCrumb, overviewCrumb], listing, feeds ? SitePaths.ThemeFeed(listing.Key) : null))
                yield return page;
        }
    }

    private static IEnumerable<PageSpec> List(SiteModel site, string path, string title, string description,
        IReadOnlyList<Article> articles, IReadOnlyList<Breadcrumb> parents, TermListing? listing, string? feed)
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
                Data = new Dictionary<string, object?>
                {
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
            ["latest"] = theme.Articles.Take(LatestInEmbed).ToList(),
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
