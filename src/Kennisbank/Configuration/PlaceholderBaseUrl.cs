using Kennisbank.Diagnostics;

namespace Kennisbank.Configuration;

/// <summary>
/// A site still published at an example address (<c>kennisbank.example.nl</c>, any host with the reserved label
/// "example", RFC 2606) writes that address into its embeds, feeds, sitemap, canonical links and the API: partners
/// would copy links that lead nowhere. A warning (KB905) in <c>build</c>, so it fails <c>check --strict</c>.
/// Checked after <c>--base-url</c> is applied: a deploy that passes the real address is not warned.
/// </summary>
public static class PlaceholderBaseUrl
{
    public static bool IsPlaceholder(Uri baseUrl) =>
        baseUrl.Host.Split('.').Contains("example", StringComparer.OrdinalIgnoreCase);

    public static void Check(SiteConfig config, string configDisplayPath, DiagnosticBag diagnostics)
    {
        if (IsPlaceholder(config.BaseUrl))
            diagnostics.Warning(ErrorCodes.PlaceholderBaseUrl, config.BaseUrlAt ?? SourceLocation.StartOf(configDisplayPath),
                $"'base_url' is nog het voorbeeldadres {config.BaseUrl}: embeds, feeds, de sitemap en de API linken daarnaar. " +
                "Vul het echte adres van de site in, of geef het bij het bouwen mee met --base-url");
    }
}
