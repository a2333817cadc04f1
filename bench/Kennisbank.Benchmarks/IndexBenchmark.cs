using System.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Search;

namespace Kennisbank.Benchmarks;

/// <summary>
/// The search stage alone, for an already compiled corpus: building the lunr index (every word of every field), then
/// writing its shards and vocabulary lists (to nowhere), each timed apart; medians of three runs.
/// </summary>
public static class IndexBenchmark
{
    public static (double Build, double Shards) Run(string repoRoot, string corpus)
    {
        var (config, articles) = CompiledCorpus.Load(repoRoot, corpus);
        var ordered = SearchIndexExporter.InRefOrder(articles, config);
        var builds = new List<double>();
        var writes = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var index = SearchIndexExporter.IndexBuilder(ordered, config.SearchFields).Build();
            builds.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            var shards = IndexShards.Split(index, IndexShards.ShardCountFor(ordered.Count));
            Parallel.ForEach(IndexShards.FilePaths(shards.ShardCount), path => Stream.Null.Write(shards.Content(path)));
            writes.Add(clock.Elapsed.TotalSeconds);
        }

        return (builds.Order().ElementAt(1), writes.Order().ElementAt(1));
    }
}
