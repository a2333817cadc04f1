using System.Diagnostics;
using Kennisbank.Build;
using Kennisbank.Serve;

namespace Kennisbank.Benchmarks;

/// <summary>
/// <c>serve</c>'s incremental rebuild, in process: after the first build, one article's body is edited and the time
/// until its updated page is on disk is measured (the rest of the rebuild, feeds and search index, follows it).
/// </summary>
public static class ServeBenchmark
{
    public static (double PageMs, double TotalMs, int Rendered) Run(string repoRoot, string corpus, string output)
    {
        var session = new SiteSession(new BuildOptions
        {
            ContentDirectory = corpus,
            TemplatesDirectory = Path.Combine(repoRoot, "templates"),
            ConfigFile = Path.Combine(repoRoot, "kennisbank.yml"),
            OutputDirectory = output,
            LiveReload = true,
            CheckPublishedUrls = false,
        });
        if (!session.Rebuild().Succeeded)
            throw new InvalidOperationException("first serve build failed");
        var file = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(file);
        var runs = new List<RebuildResult>();
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(file, original + $"\nEen extra zin bij bewerking {i}.\n");
            var clock = Stopwatch.StartNew();
            var result = session.Rebuild();
            if (!result.Succeeded || result.RenderedPages == 0)
                throw new InvalidOperationException("incremental rebuild did not render the page");
            runs.Add(result);
        }

        File.WriteAllText(file, original);
        var median = runs.OrderBy(r => r.PagesReady).ElementAt(2);
        return (median.PagesReady.TotalMilliseconds, median.Elapsed.TotalMilliseconds, median.RenderedPages);
    }
}
