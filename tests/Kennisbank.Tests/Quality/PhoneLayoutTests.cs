using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// Every kind of page opened in headless Chromium at phone widths: nothing scrolls sideways at 320 px (400 % zoom of
/// a 1280 px screen), an article's text starts on the first screen of a 390×844 phone, tables scroll inside a focusable
/// named region, and the SVG diagram's text stays inside its boxes at a readable size.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class PhoneLayoutTests(StarterSite site)
{
    private const string Article = "/artikelen/thuiszitters-terug-naar-school/";

    private static IEnumerable<JsonElement> Measure(StarterSite site, int width, int height, IEnumerable<string> pages, out JsonDocument document)
    {
        document = NodeTool.RunJson("browser/layout-pages.js", [site.OutputDirectory, "/", width.ToString(), height.ToString(), .. pages]);
        return document.RootElement.EnumerateArray();
    }

    [Fact]
    public void No_page_kind_scrolls_sideways_at_320_px()
    {
        var pages = PageKinds.Representatives(site);
        var measured = Measure(site, 320, 640, pages, out var document).ToList();
        using var _ = document;

        Assert.Equal(pages.Count, measured.Count);
        var problems = measured
            .Where(p => p.GetProperty("scrollsSideways").GetBoolean())
            .Select(p => $"{p.GetProperty("path")}: {p.GetProperty("scrollWidth")} px wide, sticking out: " +
                         string.Join(", ", p.GetProperty("sticking").EnumerateArray()))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Article_text_starts_on_the_first_screen_of_a_phone()
    {
        var page = Measure(site, 390, 844, [Article], out var document).Single();
        using var _ = document;

        Assert.InRange(page.GetProperty("firstTextTop").GetInt32(), 1, 844);
    }

    [Fact]
    public void Tables_scroll_in_focusable_named_regions_and_diagram_text_fits_its_boxes()
    {
        var pages = site.HtmlPages().Where(p => p.StartsWith("/artikelen/", StringComparison.Ordinal) && !p.Contains("/pagina/", StringComparison.Ordinal)).ToList();
        var measured = Measure(site, 320, 640, pages, out var document).ToList();
        using var _ = document;

        var tables = measured.SelectMany(p => p.GetProperty("tables").EnumerateArray().Select(t => (Path: p.GetProperty("path").GetString(), Table: t))).ToList();
        Assert.NotEmpty(tables);
        foreach (var (path, table) in tables)
        {
            Assert.True(table.GetProperty("inRegion").GetBoolean() && table.GetProperty("focusable").GetBoolean() && table.GetProperty("scrolls").GetBoolean(),
                $"{path}: a table outside a focusable scroll region");
            Assert.StartsWith("Tabel: ", table.GetProperty("label").GetString());
        }

        var texts = measured.SelectMany(p => p.GetProperty("svgs").EnumerateArray()).SelectMany(s => s.GetProperty("texts").EnumerateArray()).ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            Assert.True(text.GetProperty("inside").GetBoolean(), $"'{text.GetProperty("text")}' runs outside its box");
            Assert.True(text.GetProperty("drawnFontPx").GetDouble() >= 12, $"'{text.GetProperty("text")}' is drawn at {text.GetProperty("drawnFontPx")} px on a 320 px screen");
        }
    }
}
