namespace Kennisbank.Publishing;

/// <summary>
/// Which URLs count as published — the ones partners and readers may have linked to: articles, aliases, taxonomy
/// and overview pages, feeds and the API. Not included: assets and the search index (implementation details) and
/// page 2, 3, … of long lists (they shift whenever an article is added), and a theme narrowed by type or school type
/// (it exists only while the theme has such articles).
/// </summary>
public static class PublishedUrls
{
    public const string FileName = "published-urls.txt";

    public static bool IsPublishable(string sitePath) =>
        !sitePath.StartsWith("/assets/", StringComparison.Ordinal)
        && !sitePath.StartsWith("/search/", StringComparison.Ordinal)
        && !sitePath.Contains("/pagina/", StringComparison.Ordinal)
        && !Pages.ThemeFilters.IsNarrowedPath(sitePath)
        && sitePath is not ("/404.html" or "/robots.txt" or "/sitemap.xml");

    /// <summary>The file's text for a set of produced site paths: sorted, one per line, with a short header.</summary>
    public static string Format(IEnumerable<string> sitePaths) =>
        "# Every URL this site has published. `kennisbank build` and `check` fail when one disappears without an alias.\n"
        + "# Update with `kennisbank urls --update` after adding articles (see the README).\n"
        + string.Concat(sitePaths.Where(IsPublishable).Distinct().Order(StringComparer.Ordinal).Select(p => p + "\n"));
}
