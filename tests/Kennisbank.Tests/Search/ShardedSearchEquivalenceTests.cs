using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// The sharded search against one full index, with the real lunr.js: for two corpus sizes our Builder's index is
// split into shards (small ones, so prefixes and fuzzy terms cross many shard boundaries), and the page's own ES
// modules (templates/assets/search/) load per query only what it needs and run lunr.js on that. lunr.js builds the
// full index from the same texts. Over 2,000 generated queries — single and several words, prefixes, fuzzy terms,
// field scopes, required and prohibited words, boosts — refs, order and scores must be identical. The ranked path
// the page uses (only the best k candidates go through lunr) must give, for k = 1, 20 and 40 and three keep filters
// (all refs, a third, two thirds, by a hash of the ref, as facet filters would), exactly the full results filtered and cut at k
// (refs, order, scores, match data), the full match set and the terms its match data names.

public sealed class ShardedSearchEquivalenceTests
{
    public static TheoryData<int, int> Corpora => new() { { 300, 2031 }, { 1200, 2032 } };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Sharded_search_gives_the_full_index_results(int documents, int seed)
    {
        var corpus = DutchCorpus.Generate(documents, seed);
        var builder = new Builder(DutchCorpus.Fields);
        foreach (var (docRef, fields) in corpus)
        {
            builder.Add(docRef, fields);
        }

        LunrIndex index = builder.Build();
        var shards = IndexShards.Split(index, shardCount: documents / 2);
        string folder = WriteShards(shards);

        string documentsPath = LunrNode.TempFile(".docs.json");
        File.WriteAllText(documentsPath, JsonSerializer.Serialize(DutchCorpus.ToNodeInput(corpus)));
        List<string> queries = Queries(new Random(seed));
        string queriesPath = LunrNode.TempFile(".queries.json");
        File.WriteAllText(queriesPath, JsonSerializer.Serialize(queries));
        string reportPath = LunrNode.TempFile(".report.json");
        LunrNode.Run("compare-shards.mjs", folder, documentsPath, queriesPath, reportPath);

        using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        JsonElement root = report.RootElement;
        var failures = root.GetProperty("failures").EnumerateArray().Take(3).Select(f => f.ToString()).ToList();
        Assert.True(failures.Count == 0, $"{root.GetProperty("failures").GetArrayLength()} of {queries.Count} queries differ, first: {string.Join("\n", failures)}");
        Assert.Equal(queries.Count, root.GetProperty("queries").GetInt32());
        Assert.Equal(queries.Count * 9, root.GetProperty("rankedChecks").GetInt32());
        Assert.True(root.GetProperty("withHits").GetInt32() > queries.Count / 2, $"only {root.GetProperty("withHits")} queries found anything");
        // One word loads the manifest and its shard: never the whole index.
        int[] files = root.GetProperty("files").EnumerateArray().Select(f => f.GetInt32()).ToArray();
        Assert.Equal(2, files[queries.IndexOf("leerlingen")]);
        Array.Sort(files);
        Assert.True(files[files.Length / 2] <= 4, $"the median query loaded {files[files.Length / 2]} files");
    }

    private static string WriteShards(IndexShards shards)
    {
        string folder = LunrNode.TempFile(".shards");
        Directory.CreateDirectory(folder);
        foreach (string path in IndexShards.FilePaths(shards.ShardCount))
        {
            string file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, shards.Content(path));
        }

        using var stream = File.Create(Path.Combine(folder, "manifest.json"));
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            shards.WriteManifest(json);
            json.WriteEndObject();
        }

        return folder;
    }

    /// <summary>Over 1,000 queries in lunr's query syntax, drawn from the corpus's own words.</summary>
    private static List<string> Queries(Random random)
    {
        string[] words = DutchCorpus.SeedVocabulary
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 1)
            .Distinct()
            .ToArray();
        string Word() => words[random.Next(words.Length)];
        string Start(int length)
        {
            string w = Word();
            return w[..Math.Min(w.Length, length)];
        }

        var queries = new List<string>
        {
            "leerlingen", "school", "onderwijs", "ideeën", "coördinatie", "België", "havo-vwo", "2028", "12%", "auto's",
            "de", "het en van", "", "*", "l*", "le*", "lee*", "on*", "*ing", "s*l", "school~1", "scholen~2", "onderwys~1",
            "-school", "-school -leerlingen", "+school", "+qwxz school", "title:school", "tags:thuiszitters",
            "body:onderwijs", "summary:leerlingen", "title:le*", "body:schol~1", "school^10 leerlingen", "leerling*~1",
        };
        for (int i = 0; i < 300; i++)
        {
            queries.Add(Word());
        }

        for (int i = 0; i < 200; i++)
        {
            queries.Add(string.Join(" ", Enumerable.Range(0, 2 + i % 3).Select(_ => Word())));
        }

        for (int i = 0; i < 150; i++)
        {
            queries.Add(Start(1 + i % 5) + "*" + (i % 3 == 0 ? " " + Word() : ""));
        }

        for (int i = 0; i < 150; i++)
        {
            queries.Add(Word() + (i % 2 == 0 ? "~1" : "~2") + (i % 5 == 0 ? " " + Word() : ""));
        }

        string[] fields = ["title", "summary", "tags", "body"];
        for (int i = 0; i < 100; i++)
        {
            queries.Add($"{fields[i % 4]}:{(i % 3 == 0 ? Start(3) + "*" : Word())}" + (i % 2 == 0 ? " " + Word() : ""));
        }

        for (int i = 0; i < 150; i++)
        {
            queries.Add((i % 3) switch
            {
                0 => $"+{Word()} {Word()}",
                1 => $"{Word()} -{Word()}",
                _ => $"+{Word()} +{Start(3)}* -{Word()}",
            });
        }

        for (int i = 0; i < 30; i++)
        {
            queries.Add($"{Word()}^{1 + i % 9} {Word()}~1 -{fields[i % 4]}:{Word()}");
        }

        return queries;
    }
}
