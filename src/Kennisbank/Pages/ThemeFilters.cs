using Kennisbank.Configuration;
using Kennisbank.Model;
using Kennisbank.Taxonomies;

namespace Kennisbank.Pages;

/// <summary>One choice of a theme page's filters: "Handreikingen (4)", linking to that narrowed list.</summary>
public sealed record FilterOption(string Label, string Url, int Count, bool IsCurrent);

/// <summary>
/// A theme page narrowed by article type or school type, as static pages that work without JavaScript:
/// /themas/{thema}/soort/{type}/ and /themas/{thema}/schoolsoort/{schoolsoort}/. Only choices with articles get a page.
/// </summary>
public sealed record ThemeFilters(IReadOnlyList<FilterOption> Types, IReadOnlyList<FilterOption> SchoolTypes, FilterOption All)
{
    public static string TypePath(string theme, string type) => $"{SitePaths.Theme(theme)}soort/{type}/";

    public static string SchoolTypePath(string theme, string schoolType) => $"{SitePaths.Theme(theme)}schoolsoort/{schoolType}/";

    /// <summary>Whether a site path is one of the narrowed views (they come and go with the articles, so are never published URLs).</summary>
    public static bool IsNarrowedPath(string sitePath) =>
        sitePath.StartsWith(SitePaths.Themes, StringComparison.Ordinal)
        && (sitePath.Contains("/soort/", StringComparison.Ordinal) || sitePath.Contains("/schoolsoort/", StringComparison.Ordinal));

    /// <summary>The narrowed lists of one theme: where each lives, its heading and its articles (newest first, as the theme).</summary>
    public static IEnumerable<(string Path, string Heading, IReadOnlyList<Article> Articles)> Narrowed(SiteConfig config, TermListing theme)
    {
        foreach (var type in config.Types.Terms)
        {
            var articles = theme.Articles.Where(a => a.Type.Key == type.Key).ToList();
            if (articles.Count > 0)
                yield return (TypePath(theme.Key, type.Key), $"{theme.Label}: {type.PluralLabel.ToLowerInvariant()}", articles);
        }

        foreach (var schoolType in config.SchoolTypes.Terms)
        {
            var articles = theme.Articles.Where(a => a.SchoolTypes.Any(s => s.Key == schoolType.Key)).ToList();
            if (articles.Count > 0)
                yield return (SchoolTypePath(theme.Key, schoolType.Key), $"{theme.Label}: {schoolType.Label}", articles);
        }
    }

    /// <summary>The filter choices as the page at <paramref name="currentPath"/> shows them.</summary>
    public static ThemeFilters For(SiteConfig config, TermListing theme, string currentPath)
    {
        var types = config.Types.Terms
            .Select(t => Option(t.PluralLabel, TypePath(theme.Key, t.Key), theme.Articles.Count(a => a.Type.Key == t.Key), currentPath))
            .Where(o => o.Count > 0)
            .ToList();
        var schoolTypes = config.SchoolTypes.Terms
            .Select(s => Option(s.Label, SchoolTypePath(theme.Key, s.Key), theme.Articles.Count(a => a.SchoolTypes.Any(x => x.Key == s.Key)), currentPath))
            .Where(o => o.Count > 0)
            .ToList();
        return new ThemeFilters(types, schoolTypes, Option("Alle", theme.Url, theme.Count, currentPath));
    }

    private static FilterOption Option(string label, string url, int count, string currentPath) =>
        new(label, url, count, url == currentPath);
}
