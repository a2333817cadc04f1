namespace Kennisbank.Model;

/// <summary>
/// The URL scheme of the site in one place. Paths are site-relative and start and end with '/';
/// the base path is added only when a link is written (templates' <c>relative_url</c>).
/// </summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Articles = "/artikelen/";
    public const string Themes = "/themas/";
    public const string Tags = "/tags/";
    public const string Search = "/zoeken/";

    public static string Article(string slug) => $"/artikelen/{slug}/";

    public static string Theme(string key) => $"/themas/{key}/";

    public static string ThemeFeed(string key) => $"/themas/{key}/feed.xml";

    public static string ThemeEmbed(string key) => $"/embed/themas/{key}/";

    public static string Type(string key) => $"/soorten/{key}/";

    public static string Tag(string slug) => $"/tags/{slug}/";

    public static string SchoolType(string key) => $"/schoolsoorten/{key}/";

    public static string Region(string key) => $"/regios/{key}/";

    /// <summary>Page <paramref name="page"/> (1-based) of a paginated list: page 1 is the list itself.</summary>
    public static string Paged(string listPath, int page) => page <= 1 ? listPath : $"{listPath}pagina/{page}/";

    /// <summary>The file a site path is written to: directories get index.html.</summary>
    public static string OutputFile(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
