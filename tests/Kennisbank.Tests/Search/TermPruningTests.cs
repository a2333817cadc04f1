using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// A body field with a terms-per-document limit (TermPruning). The whole index — proven equal to lunr.js by
// IndexEquivalenceTests — is the oracle for what pruning must keep; lunr.js itself, given the texts the
// builder says it indexed, must produce the pruned index byte for byte.

public sealed class TermPruningTests : IClassFixture<TermPruningTests.Indexes>
{
    private const int Percent = 40;
    private readonly Indexes _indexes;

    public TermPruningTests(Indexes indexes) => _indexes = indexes;

    public sealed class Indexes
    {
        public Indexes()
        {
            Documents = DutchCorpus.Generate(240, seed: 2031);
            Whole = Build(DutchCorpus.Fields, out _);
            SearchField[] pruned = DutchCorpus.Fields.Select(f => f.Name == "body" ? f with { KeptTermsPercent = Percent } : f).ToArray();
            Pruned = Build(pruned, out Builder builder);
            PrunedBuilder = builder;
        }

        public List<(string Ref, Dictionary<string, FieldValue> Fields)> Documents { get; }

        public LunrIndex Whole { get; }

        public LunrIndex Pruned { get; }

        public Builder PrunedBuilder { get; }

        private LunrIndex Build(SearchField[] fields, out Builder builder)
        {
            builder = new Builder(fields);
            foreach (var (docRef, values) in Documents)
            {
                builder.Add(docRef, values);
            }

            return builder.Build();
        }
    }

    [Fact]
    public void Lunr_js_builds_the_pruned_index_from_the_indexed_texts()
    {
        var indexed = _indexes.Documents.Select(d => (d.Ref, _indexes.PrunedBuilder.IndexedDocument(d.Ref))).ToList();
        string input = LunrNode.TempFile(".docs.json");
        File.WriteAllText(input, JsonSerializer.Serialize(DutchCorpus.ToNodeInput(indexed)));
        string theirs = LunrNode.TempFile(".theirs.json");
        LunrNode.Run("build-index.js", input, theirs);

        Assert.Equal(File.ReadAllText(theirs), _indexes.Pruned.ToJson());
        Assert.True(_indexes.Pruned.ToJson().Length < _indexes.Whole.ToJson().Length * 0.8, "the limit should have pruned a good part");
    }

    [Fact]
    public void Every_term_stays_in_the_index()
    {
        Assert.Equal(Terms(_indexes.Whole).Order(StringComparer.Ordinal), Terms(_indexes.Pruned).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_document_keeps_its_most_distinctive_terms()
    {
        var postings = BodyPostings(_indexes.Whole);
        int prunedDocuments = 0;
        foreach (var (docRef, _) in _indexes.Documents)
        {
            var whole = BodyScores(_indexes.Whole, docRef);
            var kept = BodyScores(_indexes.Pruned, docRef).Keys.ToHashSet();
            if (whole.Count == 0)
            {
                continue;
            }

            int limit = (int)Math.Ceiling(whole.Count * Percent / 100.0);
            Assert.True(kept.Count >= limit, $"{docRef}: kept {kept.Count} of {whole.Count}");
            prunedDocuments += kept.Count < whole.Count ? 1 : 0;
            // Scores are stored rounded to 0.001; anything clearly above the limit-th best must be kept.
            double limitth = whole.Values.OrderDescending().ElementAt(limit - 1);
            foreach (var (term, score) in whole.Where(s => s.Value > limitth + 0.001))
            {
                Assert.True(kept.Contains(term), $"{docRef}: '{term}' ({score}) is among its {limit} best terms but was dropped");
            }

            // Any other kept term must be there because this is one of the term's best documents.
            foreach (var (term, score) in whole.Where(s => s.Value < limitth - 0.001 && kept.Contains(s.Key)))
            {
                double floorth = FloorthScore(postings[term]);
                Assert.True(score >= floorth - 0.001, $"{docRef}: kept '{term}' ({score}), neither among its best terms nor among the term's best documents ({floorth})");
            }
        }

        Assert.True(prunedDocuments > 50, $"only {prunedDocuments} documents lost terms");
    }

    [Fact]
    public void Each_term_keeps_the_documents_where_it_weighs_most()
    {
        var wholePostings = BodyPostings(_indexes.Whole);
        var prunedPostings = BodyPostings(_indexes.Pruned);
        int termsBeyondLimit = 0;
        foreach (var (term, scores) in wholePostings)
        {
            var kept = prunedPostings.GetValueOrDefault(term)?.Keys.ToHashSet() ?? [];
            double floorth = FloorthScore(scores);
            foreach (var (docRef, score) in scores.Where(s => s.Value > floorth + 0.001))
            {
                Assert.True(kept.Contains(docRef), $"'{term}' dropped from {docRef}, one of its {TermPruning.Floor} best documents");
            }

            if (kept.Count < scores.Count && kept.Count >= TermPruning.Floor)
            {
                termsBeyondLimit++;
            }
        }

        Assert.True(termsBeyondLimit > 10, "the corpus should have common terms that lost documents");
    }

    [Fact]
    public void Unlimited_fields_are_indexed_as_given()
    {
        var (docRef, fields) = _indexes.Documents.First(d => d.Fields.ContainsKey("title") && d.Fields["title"].TextValue!.Length > 0);
        var indexed = _indexes.PrunedBuilder.IndexedDocument(docRef);
        Assert.Same(fields["title"], indexed["title"]);
        Assert.Throws<InvalidOperationException>(() => new Builder(DutchCorpus.Fields).IndexedDocument("x"));
    }

    // The score of a term's Floor-th best document (every document when it has fewer).
    private static double FloorthScore(Dictionary<string, double> scores) =>
        scores.Count <= TermPruning.Floor ? double.NegativeInfinity : scores.Values.OrderDescending().ElementAt(TermPruning.Floor - 1);

    private static IEnumerable<string> Terms(LunrIndex index)
    {
        using var json = JsonDocument.Parse(index.ToJson());
        return json.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(e => e[0].GetString()!).ToList();
    }

    // Body score per term of one document, from the serialized index.
    private static Dictionary<string, double> BodyScores(LunrIndex index, string docRef)
    {
        string[] terms = TermsByIndex(index);
        FieldVector vector = index.VectorOf(docRef, "body");
        return Enumerable.Range(0, vector.Count).ToDictionary(i => terms[vector.TermIndexAt(i)], vector.ScoreAt);
    }

    // term → (ref → body score).
    private static Dictionary<string, Dictionary<string, double>> BodyPostings(LunrIndex index)
    {
        var postings = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (string docRef in index.Refs)
        {
            foreach (var (term, score) in BodyScores(index, docRef))
            {
                (postings.TryGetValue(term, out var scores) ? scores : postings[term] = [])[docRef] = score;
            }
        }

        return postings;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LunrIndex, string[]> TermTables = [];

    private static string[] TermsByIndex(LunrIndex index) => TermTables.GetValue(index, ReadTermsByIndex);

    private static string[] ReadTermsByIndex(LunrIndex index)
    {
        using var json = JsonDocument.Parse(index.ToJson());
        var terms = new SortedDictionary<int, string>();
        foreach (JsonElement entry in json.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            terms[entry[1].GetProperty("_index").GetInt32()] = entry[0].GetString()!;
        }

        return terms.Values.ToArray();
    }
}
