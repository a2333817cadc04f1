using System.Diagnostics;
using System.Text.Json;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// Every HTML page of the starter site goes through the Nu Html Checker (vnu.jar from npm, run with the
/// machine's Java) in one JVM; any error fails the test and is listed with its page and line.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class HtmlValidityTests(StarterSite site)
{
    [Fact]
    public void Every_page_of_the_starter_site_is_valid_html()
    {
        var files = site.HtmlPages().Select(site.File).ToList();
        Assert.True(files.Count > 100, $"expected the whole site, got {files.Count} pages");

        var errors = Validate(files);

        Assert.True(errors.Count == 0, "vnu.jar found errors:\n" + string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void Every_page_kind_was_validated()
    {
        var validated = site.HtmlPages().ToHashSet();
        Assert.All(PageKinds.Representatives(site), kind => Assert.Contains(kind, validated));
    }

    [Fact]
    public void The_validator_itself_reports_invalid_html()
    {
        // Guards the guard: if vnu were not really running, the test above would pass vacuously.
        using var temp = new TempDirectory();
        var broken = temp.Combine("broken.html");
        File.WriteAllText(broken, "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><p><div></p></body></html>");

        var errors = Validate([broken]);

        Assert.NotEmpty(errors);
    }

    internal static List<string> Validate(IReadOnlyList<string> files)
    {
        var jar = Path.Combine(RepoPaths.Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        NodeTool.RequireFile(jar, "run `npm ci` in tests/tools (./test.sh does this)");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json" }.Concat(files))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java not found: install default-jre-headless");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdoutTask.Result;

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
