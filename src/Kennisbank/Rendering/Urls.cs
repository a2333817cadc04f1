using Kennisbank.Configuration;

namespace Kennisbank.Rendering;

/// <summary>Turns site paths ("/artikelen/x/") into links that respect the base path, or into absolute URLs.</summary>
public static class Urls
{
    public static string Relative(SiteConfig config, string sitePath) => config.BasePath + sitePath.TrimStart('/');

    public static string Absolute(SiteConfig config, string sitePath) =>
        config.BaseUrl.GetLeftPart(UriPartial.Authority) + Relative(config, sitePath);
}
