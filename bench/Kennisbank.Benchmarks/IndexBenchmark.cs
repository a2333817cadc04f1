using System.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Benchmarks;

/// <summary>The search stage alone: building the lunr index of an already compiled corpus and writing its shards.</summary>
public static class IndexBenchmark
{
    public static (double Median, double[] Runs) Run(string repoRoot, string corpus)
    {
        var (config, articles) = CompiledCorpus.Load(repoRoot, corpus);
        var site = TaxonomyBuilder.Build(config, articles);
        var pages = Array.Empty<PageSpec>();
        var runs = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var file in new SearchIndexExporter().Export(site, pages))
                file.WriteTo(Stream.Null);
            runs.Add(clock.Elapsed.TotalSeconds);
        }

        var sorted = runs.Order().ToArray();
        return (sorted[1], sorted);
    }
}
