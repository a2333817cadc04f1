using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// One representative page of every kind the generator makes, picked from the built starter site, so the
/// validator and accessibility tests cover each template (the validator also runs over every page).
/// </summary>
public static class PageKinds
{
    /// <summary>The search page with results, two active filters (chips) and, on a phone, the filter panel open.</summary>
    public const string SearchWithFilters = "/zoeken/?q=leerling&thema=passend-onderwijs&soort=praktijkvoorbeeld";

    public static IReadOnlyList<string> Representatives(StarterSite site)
    {
        var pages = site.HtmlPages();
        string First(string prefix, Func<string, bool>? extra = null) =>
            pages.First(p => p.StartsWith(prefix, StringComparison.Ordinal) && p != prefix && (extra?.Invoke(p) ?? true));

        return
        [
            "/",
            "/404.html",
            "/zoeken/",
            "/artikelen/",
            "/artikelen/pagina/2/",
            "/artikelen/thuiszitters-terug-naar-school/",
            First("/artikelen/", p => p.Contains("monitoring", StringComparison.Ordinal)),
            "/themas/",
            "/themas/passend-onderwijs/",
            "/themas/passend-onderwijs/soort/handreiking/",
            "/themas/passend-onderwijs/schoolsoort/vmbo/",
            "/soorten/",
            "/soorten/handreiking/",
            "/tags/",
            First("/tags/"),
            "/schoolsoorten/",
            "/schoolsoorten/vmbo/",
            "/regios/",
            "/regios/gelderland/",
            "/toegankelijkheid/",
            "/praktijkvoorbeelden/thuiszitters-waalcollege/",
            "/embed/themas/passend-onderwijs/",
        ];
    }
}
