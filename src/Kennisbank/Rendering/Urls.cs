using Kennisbank.Configuration;

namespace Kennisbank.Rendering;

/// <summary>Turns site paths ("/artikelen/x/") into links that respect the base path, or into absolute URLs.</summary>
public static class Urls
{
    public static string Relative(SiteConfig config, string sitePath) =>
        // Most sites live at the root, where a site path is already its link: no new string for each of the
        // millions of links a large site prints.
        config.BasePath == "/" && sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal)
            ? sitePath
            : config.BasePath + sitePath.TrimStart('/');

    public static string Absolute(SiteConfig config, string sitePath) =>
        config.BaseUrl.GetLeftPart(UriPartial.Authority) + Relative(config, sitePath);
}
