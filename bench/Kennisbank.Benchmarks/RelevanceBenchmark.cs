using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Kennisbank.Benchmarks;

/// <summary>
/// Search relevance on the starter content: the starter site is built with the CLI and the judged query set
/// (tests/relevance/starter-queries.json) runs on it with the real lunr.js (tests/tools/lunr/relevance.js).
/// </summary>
public static class RelevanceBenchmark
{
    public static string Run(string repoRoot, string cli, string outputFolder)
    {
        var site = Path.Combine(outputFolder, "site");
        var build = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repoRoot };
        foreach (var a in new[] { cli, "build", "--output", site })
            build.ArgumentList.Add(a);
        using (var process = Process.Start(build)!)
        {
            process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                return "not measured (starter site did not build: " + error.Split('\n')[0] + ")";
        }

        var results = Path.Combine(outputFolder, "relevance.json");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(repoRoot, "tests", "tools") };
        foreach (var a in new[] { Path.Combine(repoRoot, "tests", "tools", "lunr", "relevance.js"), site, Path.Combine(repoRoot, "tests", "relevance", "starter-queries.json"), results })
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                return "not measured (" + error.Split('\n')[0] + ")";
        }

        using var json = JsonDocument.Parse(File.ReadAllText(results));
        var summary = json.RootElement.GetProperty("summary");
        return string.Create(CultureInfo.InvariantCulture,
            $"{summary.GetProperty("queries").GetInt32()} judged queries: hit@1 {summary.GetProperty("hit1").GetDouble():0.000}, hit@3 {summary.GetProperty("hit3").GetDouble():0.000}, MRR {summary.GetProperty("mrr").GetDouble():0.000}");
    }
}
