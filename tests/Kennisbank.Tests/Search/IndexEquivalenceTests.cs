using System.Text;
using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// End to end, against the real consumer: a corpus of Dutch documents is indexed by our Builder and by
// lunr.js (lunr.nl); the two JSON files must be identical, structurally and byte for byte. Then hundreds
// of queries run through lunr.Index.load on both files must give the same refs, order and scores.

public sealed class IndexEquivalenceTests : IClassFixture<IndexEquivalenceTests.Indexes>
{
    private readonly Indexes _indexes;

    public IndexEquivalenceTests(Indexes indexes) => _indexes = indexes;

    /// <summary>Builds both indexes once for the class (one Node process for lunr's, one for the queries).</summary>
    public sealed class Indexes
    {
        public Indexes()
        {
            Documents = DutchCorpus.Generate(240, seed: 2028);
            var builder = new Builder(DutchCorpus.Fields);
            foreach (var (docRef, fields) in Documents)
            {
                builder.Add(docRef, fields);
            }

            OursPath = LunrNode.TempFile(".ours.json");
            using (var stream = File.Create(OursPath))
            {
                builder.Build().WriteTo(stream);
            }

            string input = LunrNode.TempFile(".docs.json");
            File.WriteAllText(input, JsonSerializer.Serialize(DutchCorpus.ToNodeInput(Documents)));
            TheirsPath = LunrNode.TempFile(".theirs.json");
            LunrNode.Run("build-index.js", input, TheirsPath);
        }

        public List<(string Ref, Dictionary<string, FieldValue> Fields)> Documents { get; }

        public string OursPath { get; }

        public string TheirsPath { get; }
    }

    [Fact]
    public void Corpus_is_large_and_varied()
    {
        Assert.True(_indexes.Documents.Count >= 200);
        string all = string.Join(" ", _indexes.Documents.SelectMany(d => d.Fields.Values)
            .Select(v => v.TextValue ?? string.Join(" ", v.Items!)));
        foreach (string needle in new[] { "ideeën", "geïnteresseerd", "België", "coördinatie", "financiële", "havo-vwo", "2028", "12%", "auto's", "Mohammed's" })
        {
            Assert.Contains(needle, all);
        }
    }

    [Fact]
    public void Json_structure_equals_lunr()
    {
        using var ours = JsonDocument.Parse(File.ReadAllBytes(_indexes.OursPath));
        using var theirs = JsonDocument.Parse(File.ReadAllBytes(_indexes.TheirsPath));
        string? difference = JsonDiff.FirstDifference(theirs.RootElement, ours.RootElement);
        Assert.True(difference is null, "First difference from lunr.js (expected = lunr): " + difference);
        Assert.True(theirs.RootElement.GetProperty("invertedIndex").GetArrayLength() > 1000);
    }

    [Fact]
    public void Json_bytes_equal_lunr()
    {
        byte[] ours = File.ReadAllBytes(_indexes.OursPath);
        byte[] theirs = File.ReadAllBytes(_indexes.TheirsPath);
        int at = ours.AsSpan().CommonPrefixLength(theirs);
        Assert.True(
            at == ours.Length && at == theirs.Length,
            $"Byte {at} differs (lengths {ours.Length} vs lunr {theirs.Length}): ours …{Around(ours, at)}… lunr …{Around(theirs, at)}…");
    }

    [Fact]
    public void ToJson_equals_WriteTo()
    {
        var builder = new Builder(DutchCorpus.Fields);
        foreach (var (docRef, fields) in _indexes.Documents)
        {
            builder.Add(docRef, fields);
        }

        Assert.Equal(File.ReadAllText(_indexes.OursPath, Encoding.UTF8), builder.Build().ToJson());
    }

    [Fact]
    public void Queries_on_our_index_give_lunrs_results()
    {
        List<string> queries = Queries();
        Assert.True(queries.Count >= 300);
        string queriesPath = LunrNode.TempFile(".queries.json");
        File.WriteAllText(queriesPath, JsonSerializer.Serialize(queries));
        string resultsPath = LunrNode.TempFile(".results.json");
        LunrNode.Run("query.js", _indexes.OursPath, _indexes.TheirsPath, queriesPath, resultsPath);

        using var results = JsonDocument.Parse(File.ReadAllBytes(resultsPath));
        int withHits = 0;
        var failures = new List<string>();
        foreach (JsonElement result in results.RootElement.EnumerateArray())
        {
            JsonElement ours = result.GetProperty("ours");
            JsonElement theirs = result.GetProperty("theirs");
            if (JsonDiff.FirstDifference(theirs, ours) is { } difference)
            {
                failures.Add($"'{result.GetProperty("query").GetString()}': {difference}");
            }

            if (theirs.ValueKind == JsonValueKind.Array && theirs.GetArrayLength() > 0)
            {
                withHits++;
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} queries differ, first: " + string.Join("\n", failures.Take(5)));
        Assert.True(withHits > queries.Count / 2, $"only {withHits} of {queries.Count} queries found anything");
    }

    private List<string> Queries()
    {
        var random = new Random(7);
        string[] words = DutchCorpus.SeedVocabulary
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length > 2)
            .Distinct()
            .ToArray();
        string Word() => words[random.Next(words.Length)];
        var queries = new List<string>
        {
            "ideeën", "geïnteresseerd", "België", "coördinatie", "financiële", "havo", "vwo", "havo-vwo",
            "zorg-coördinator", "thuiszitters", "sociale veiligheid", "auto's", "2028", "Mohammed", "school",
            "scholen", "onderwijs", "de", "het en van", "Één", "naïeve", "tweeëntwintig", "conciërge",
            "title:school", "tags:thuiszitters", "body:onderwijs", "summary:leerlingen",
        };
        for (int i = 0; i < 120; i++)
        {
            queries.Add(Word());
        }

        for (int i = 0; i < 60; i++)
        {
            queries.Add(Word() + " " + Word() + (i % 2 == 0 ? " " + Word() : ""));
        }

        for (int i = 0; i < 30; i++)
        {
            queries.Add($"+{Word()} {Word()}");
            queries.Add($"{Word()} -{Word()}");
        }

        string[] fields = ["title", "summary", "tags", "body"];
        for (int i = 0; i < 30; i++)
        {
            queries.Add($"{fields[i % 4]}:{Word()}");
        }

        for (int i = 0; i < 30; i++)
        {
            string w = Word();
            queries.Add(w[..Math.Min(w.Length, 3 + i % 3)] + "*");
        }

        for (int i = 0; i < 20; i++)
        {
            queries.Add(Word() + "~1");
        }

        for (int i = 0; i < 10; i++)
        {
            queries.Add($"{Word()}^5 {Word()}");
        }

        return queries;
    }

    private static string Around(byte[] bytes, int at) =>
        Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));
}
