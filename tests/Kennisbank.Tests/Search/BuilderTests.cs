using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// Mirrors lunr's test/builder_test.js where it applies, and compares small indexes built for one purpose
// each (term index order, JavaScript key order of refs and fields, empty and missing fields, boosts)
// with lunr.js, all in one Node run. The JavaScript number, log and key-order helpers are checked here
// too, since the builder's output depends on them bit for bit.

public sealed class BuilderTests
{
    private static Dictionary<string, FieldValue> Doc(params (string Field, object Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value is string s ? FieldValue.Text(s) : FieldValue.List((string[])f.Value));

    private static readonly (SearchField[] Fields, (string Ref, Dictionary<string, FieldValue> Fields)[] Docs)[] Scenarios =
    [
        // Term indices follow first occurrence: document, then field, then position.
        ([new("title", 10), new("body")],
         [("a", Doc(("title", "zebra appel"), ("body", "appel citroen banaan"))), ("b", Doc(("title", "banaan dadel"), ("body", "zebra")))]),
        // Refs that are array indices come first in postings, numerically; others keep insertion order.
        ([new("body")],
         [("b", Doc(("body", "school"))), ("10", Doc(("body", "school"))), ("2", Doc(("body", "school"))),
          ("01", Doc(("body", "school"))), ("4294967295", Doc(("body", "school"))), ("4294967294", Doc(("body", "school")))]),
        // Field names that are array indices come first, even before "_index".
        ([new("title", 3), new("2"), new("1", 2)],
         [("x", Doc(("title", "lezen"), ("1", "schrijven"), ("2", "rekenen lezen")))]),
        // Missing, empty and stop-word-only fields; boost 0 means 1 in lunr.
        ([new("title", 0), new("summary", 5), new("tags", 5)],
         [("a", Doc()), ("b", Doc(("title", ""), ("tags", Array.Empty<string>()))), ("c", Doc(("title", "de het een – … &"))), ("e", Doc(("title", "2028 12%"))),
          ("d", Doc(("tags", new[] { "", " ", "Sociale Veiligheid", "sociale veiligheid", "havo-vwo" })))]),
        // Repeated terms: term frequency and field length normalisation.
        ([new("body")],
         [("a", Doc(("body", "leren leren leren lezen"))), ("b", Doc(("body", string.Join(" ", Enumerable.Repeat("leerling", 50))))),
          ("c", Doc(("body", "lezen")))]),
        // A term more than 254 times in one field: its analysed form is packed differently (FieldTerms).
        ([new("title", 2), new("body")],
         [("a", Doc(("title", "school"), ("body", string.Join(" ", Enumerable.Repeat("school", 300)) + " lezen"))), ("b", Doc(("body", "lezen school")))]),
        // Escaping in refs and terms.
        ([new("body")],
         [("q\"uote\\/\u0001\u2028é", Doc(("body", "a\"b c\\d e\u0007f")))]),
        // No documents at all.
        ([new("title"), new("body")], []),
    ];

    [Fact]
    public void Small_scenarios_equal_lunr()
    {
        var batch = Scenarios.Select(s => new
        {
            fields = s.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = s.Docs.Select(d => new
            {
                @ref = d.Ref,
                fields = d.Fields.ToDictionary(kv => kv.Key, kv => kv.Value.Items is { } items ? (object)items.ToArray() : kv.Value.TextValue!),
            }),
        }).ToList();
        JsonElement lunr = LunrNode.RunJson("build-index.js", new { batch });

        for (int i = 0; i < Scenarios.Length; i++)
        {
            var builder = new Builder(Scenarios[i].Fields);
            foreach (var (docRef, fields) in Scenarios[i].Docs)
            {
                builder.Add(docRef, fields);
            }

            string ours = builder.Build().ToJson();
            string theirs = lunr[i].GetString()!;
            using var oursDoc = JsonDocument.Parse(ours);
            using var theirsDoc = JsonDocument.Parse(theirs);
            Assert.True(JsonDiff.FirstDifference(theirsDoc.RootElement, oursDoc.RootElement) is null,
                $"scenario {i}: {JsonDiff.FirstDifference(theirsDoc.RootElement, oursDoc.RootElement)}");
            Assert.Equal(theirs, ours);
        }
    }

    [Fact]
    public void Term_indices_follow_first_occurrence()
    {
        var builder = new Builder([new SearchField("title"), new SearchField("body")]);
        builder.Add("a", Doc(("title", "zebra"), ("body", "appel zebra")));
        builder.Add("b", Doc(("title", "citroen")));
        LunrIndex index = builder.Build();
        Assert.Equal(0, index.VectorOf("a", "title").TermIndexAt(0));
        Assert.Equal([0, 1], Enumerable.Range(0, 2).Select(index.VectorOf("a", "body").TermIndexAt));
        Assert.Equal(2, index.VectorOf("b", "title").TermIndexAt(0));
        Assert.Equal(0, index.VectorOf("b", "body").Count);
    }

    // A site of 100,000 articles cannot hold every article's field texts at once: the builder asks for a document's
    // fields when it analyses that document, once, and the index is the one the same texts give when passed directly.
    [Fact]
    public void Fields_given_as_a_function_are_made_once_per_document_and_index_the_same()
    {
        var documents = DutchCorpus.Generate(60, seed: 12);
        var direct = new Builder(DutchCorpus.Fields);
        var lazy = new Builder(DutchCorpus.Fields);
        var made = new int[documents.Count];
        foreach (var (i, (docRef, fields)) in documents.Index())
        {
            direct.Add(docRef, fields);
            lazy.Add(docRef, () =>
            {
                Interlocked.Increment(ref made[i]);
                return fields;
            });
        }

        Assert.All(made, count => Assert.Equal(0, count));
        string expected = direct.Build().ToJson();
        Assert.Equal(expected, lazy.Build().ToJson());
        Assert.All(made, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Rejects_what_lunr_cannot_represent()
    {
        Assert.Throws<ArgumentException>(() => new Builder([new SearchField("a/b")]));
        Assert.Throws<ArgumentException>(() => new Builder([new SearchField("x"), new SearchField("x")]));
        var builder = new Builder([new SearchField("x")]);
        builder.Add("a", Doc());
        Assert.Throws<ArgumentException>(() => builder.Add("a", Doc()));
    }

    [Fact]
    public void Numbers_idf_and_rounding_equal_javascript()
    {
        var random = new Random(5);
        var numbers = new List<double> { 0, 0.5, 1, 12.345, 1e-7, 1.5e-7, 1e-6, 123456.789, 1e21, 1.5e21, 1e20, 0.1 + 0.2, 5e-324, double.MaxValue, -2.5, 100 };
        for (int i = 0; i < 3000; i++)
        {
            numbers.Add(BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 1);
            numbers.Add(Math.Round(random.NextDouble() * 100_000) / 1000);
            numbers.Add(random.NextDouble() * Math.Pow(10, random.Next(-12, 25)));
        }

        var idfInputs = new List<int[]>();
        for (int n = 1; n <= 400; n += 3)
        {
            for (int df = 1; df <= 2 * n; df++)
            {
                idfInputs.Add([df, n]);
            }
        }

        JsonElement lunr = LunrNode.RunJson("analyze.js", new { numbers, idf = idfInputs });
        for (int i = 0; i < numbers.Count; i++)
        {
            Assert.Equal(lunr.GetProperty("numbers")[i].GetString(), FormatProbe.Format(numbers[i]));
        }

        for (int i = 0; i < idfInputs.Count; i++)
        {
            double expected = lunr.GetProperty("idf")[i].GetDouble();
            double actual = Idf.Compute(idfInputs[i][0], idfInputs[i][1]);
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                $"idf(df={idfInputs[i][0]}, N={idfInputs[i][1]}): lunr {expected:R}, ours {actual:R}");
        }
    }

    [Fact]
    public void Thousandths_fast_path_equals_general_formatting()
    {
        var random = new Random(3);
        for (int i = 0; i < 200_000; i++)
        {
            long n = i < 100_000 ? i : random.NextInt64(0, 1_000_000_000_000_000);
            Assert.Equal(FormatProbe.Format(n / 1000.0), FormatProbe.Thousandths(n));
        }
    }

    private static class FormatProbe
    {
        public static string Format(double value) => JavaScriptNumber.Format(value);

        public static string Thousandths(long n)
        {
            Span<byte> bytes = stackalloc byte[32];
            int written = JavaScriptNumber.FormatThousandths(n, bytes);
            return System.Text.Encoding.ASCII.GetString(bytes[..written]);
        }
    }
}
