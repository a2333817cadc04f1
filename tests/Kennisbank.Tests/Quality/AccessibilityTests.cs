using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// Each kind of page, served over HTTP on 127.0.0.1 and opened in headless Debian Chromium, is checked by
/// axe-core against WCAG 2.1 A and AA, at desktop width, as a phone and in dark mode; the search page also with
/// results, active filters and its filter panel open. The pages must also make no request outside the site and log
/// no errors.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class AccessibilityTests(StarterSite site)
{
    [Theory]
    [InlineData("--width=1280")]
    [InlineData("--width=390")]
    [InlineData("--dark")]
    public void No_page_kind_has_wcag_21_aa_violations_external_requests_or_console_errors(string layout)
    {
        List<string> pages = [.. PageKinds.Representatives(site), PageKinds.SearchWithFilters];
        using var results = NodeTool.RunJson("browser/axe-pages.js", [layout, site.OutputDirectory, "/", .. pages]);

        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var page in results.RootElement.EnumerateArray())
        {
            var path = page.GetProperty("path").GetString();
            checkedPages++;
            if (page.GetProperty("passes").GetInt32() == 0)
                problems.Add($"{path}: axe ran no passing rule, so it probably did not run");
            foreach (var violation in page.GetProperty("violations").EnumerateArray())
                problems.Add($"{path}: {violation.GetProperty("id").GetString()} ({violation.GetProperty("help").GetString()}) at {string.Join(", ", violation.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}");
            foreach (var error in page.GetProperty("consoleErrors").EnumerateArray())
                problems.Add($"{path}: console error {error.GetString()}");
            foreach (var request in page.GetProperty("externalRequests").EnumerateArray())
                problems.Add($"{path}: external request to {request.GetString()}");
        }

        Assert.Equal(pages.Count, checkedPages);
        var redirect = results.RootElement.EnumerateArray().Single(p => p.GetProperty("path").GetString() == "/praktijkvoorbeelden/thuiszitters-waalcollege/");
        Assert.Equal("/artikelen/thuiszitters-terug-naar-school/", redirect.GetProperty("finalPath").GetString());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Axe_reports_a_violation_on_an_inaccessible_page()
    {
        // Guards the guard: an image without alt text and an unlabeled input must be caught.
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("index.html"),
            "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><main><img src=\"a.png\"><input type=\"text\"></main></body></html>");

        using var results = NodeTool.RunJson("browser/axe-pages.js", [temp.Path, "/", "/"]);

        var ids = results.RootElement[0].GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("label", ids);
    }
}
