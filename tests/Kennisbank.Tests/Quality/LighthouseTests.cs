using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// Lighthouse 12.2.3 (pinned in tests/tools) with Debian's Chromium on the home page, an article and the search page
/// with a query (its results are drawn while Lighthouse watches), as a phone and on
/// a desktop, the site served with compression as a real host serves it: performance at least 95, accessibility, best
/// practices and SEO 100, and the layout does not shift while loading (CLS at most 0.05). Some trace-based audits do
/// not run with this Chromium; the scores and CLS do. The performance score follows the shared machine's load, so a
/// run below 95 is repeated (three runs at most, the best counts); a page that is really slow fails all three.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class LighthouseTests(StarterSite site)
{
    private const int MinimumPerformance = 95;

    [Fact]
    public void Home_article_and_search_page_score_as_a_fast_accessible_site_on_phone_and_desktop()
    {
        string[] pages = ["/", "/artikelen/thuiszitters-terug-naar-school/", "/zoeken/?q=leerling"];
        using var results = NodeTool.RunJson("browser/lighthouse-pages.js", ["--attempts=3", $"--performance={MinimumPerformance}", site.OutputDirectory, "/", .. pages]);

        var runs = results.RootElement.EnumerateArray().ToList();
        Assert.Equal(pages.Length * 2, runs.Count);
        var problems = new List<string>();
        foreach (var run in runs)
        {
            var where = $"{run.GetProperty("path")} ({run.GetProperty("formFactor")})";
            var scores = run.GetProperty("scores");
            if (scores.GetProperty("performance").GetInt32() < MinimumPerformance)
                problems.Add($"{where}: performance {scores.GetProperty("performance")}");
            foreach (var category in new[] { "accessibility", "best-practices", "seo" })
                if (scores.GetProperty(category).GetInt32() != 100)
                    problems.Add($"{where}: {category} {scores.GetProperty(category)}");
            if (run.GetProperty("cls").GetDouble() > 0.05)
                problems.Add($"{where}: CLS {run.GetProperty("cls")}");
            if (problems.Count > 0)
                problems.Add($"{where} failed audits: {string.Join(", ", run.GetProperty("failed").EnumerateArray())}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
