using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kennisbank.Configuration;
using Kennisbank.Exporters;

namespace Kennisbank.Benchmarks;

/// <summary>
/// What pruning the article bodies (search.fields.body.terms) costs in search results: the corpus is indexed with
/// the configured fields and with every body word, and the real lunr.js runs the same queries on both
/// (tests/tools/lunr/compare-pruned.js): every word of the index on its own, and 2,000 pairs of words.
/// </summary>
public static class PruningBenchmark
{
    public static IEnumerable<string> Run(string repoRoot, string corpus, string outputFolder)
    {
        var (config, compiled) = CompiledCorpus.Load(repoRoot, corpus);
        var articles = compiled.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(outputFolder);
        var pruned = Path.Combine(outputFolder, "pruned.json");
        var whole = Path.Combine(outputFolder, "whole.json");
        File.WriteAllText(pruned, SearchIndexExporter.IndexBuilder(articles, config.SearchFields).Build().ToJson());
        var everyWord = config.SearchFields.Select(f => f with { KeptTermsPercent = null }).ToList();
        File.WriteAllText(whole, SearchIndexExporter.IndexBuilder(articles, everyWord).Build().ToJson());

        yield return string.Create(CultureInfo.InvariantCulture,
            $"index alone, gzip: every body word {Sizes.Gzip(whole) / 1e6:0.00} MB, as configured {Sizes.Gzip(pruned) / 1e6:0.00} MB");
        var results = Path.Combine(outputFolder, "compare.json");
        var start = new ProcessStartInfo("node") { RedirectStandardError = true, WorkingDirectory = Path.Combine(repoRoot, "tests", "tools") };
        foreach (var a in new[] { Path.Combine(repoRoot, "tests", "tools", "lunr", "compare-pruned.js"), whole, pruned, results })
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                yield return "results not compared (" + error.Split('\n')[0] + ")";
                yield break;
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(results));
        foreach (var group in json.RootElement.EnumerateObject())
        {
            var g = group.Value;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{group.Name} ({g.GetProperty("queries").GetInt32()} queries): {g.GetProperty("recall").GetDouble():P1} of the results still found, {g.GetProperty("top10").GetDouble():P1} of the top 10 still in the top 10, same first result {g.GetProperty("sameFirst").GetDouble():P1}");
        }
    }
}
