using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Search;

// A built lunr index, split so that a search page loads only what one query needs. lunr scores a document
// field by the dot product of the query vector with the field vector, divided by the query vector's magnitude
// (lunr.Vector#similarity): only the field-vector components of the query's own terms count. So each term's
// inverted-index entry and its field-vector components travel together, in a term shard:
//   terms/N.json  {"terms":[[term, termIndex, [scores, codes] per field ([] when the field has none)], …]}
// with scores the field's distinct scores in ascending order, each lunr's rounded score × 1000 (an integer), and
// per posting one code: (document − the one before) × (number of scores) + the position of its score, documents
// being positions in the index's refs (the first one from 0, in lunr's posting order). Shards hold runs of
// terms in lunr's sorted order, of about equal size, so a term's shard is found from the first term of each shard
// and the terms of a prefix lie in consecutive shards. lunr expands fuzzy terms over the whole vocabulary; that
// vocabulary is written apart, one file of sorted terms per term length (vocabulary/L.json; the last list holds
// every longer term too), since a fuzzy term can only match terms of a few lengths. The number of shards depends
// only on the number of documents, so every path is known before the index is built. The manifest's core
// (WriteManifest) says how to read it all: fields, search pipeline, number of documents, refs (only when they are
// not simply 0, 1, 2, …), the first term of every shard and the vocabulary lists. The page puts the loaded entries
// into a small serialized lunr index and runs lunr.js on it; the term indexes stay those of the full index, so the
// dot products add the same components in the same order and scores are identical to the full index's.

/// <summary>A lunr index split into term shards and a vocabulary by term length.</summary>
public sealed class IndexShards
{
    /// <summary>The format version written into the manifest.</summary>
    public const int FormatVersion = 2;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly LunrIndex _index;
    private readonly int[] _shardStarts;
    private readonly Lazy<SortedDictionary<int, List<string>>> _vocabulary;
    private readonly Lazy<int> _highestScore;

    private IndexShards(LunrIndex index, int[] shardStarts)
    {
        _index = index;
        _shardStarts = shardStarts;
        _vocabulary = new Lazy<SortedDictionary<int, List<string>>>(VocabularyByLength);
        _highestScore = new Lazy<int>(() => index.InvertedIndex.Thousandths.Length == 0 ? 0 : index.InvertedIndex.Thousandths.Max());
    }

    /// <summary>
    /// Terms of this length or longer share the last vocabulary list; the lists are fixed, so the files a build
    /// writes are known before the index is built.
    /// </summary>
    public const int LongestVocabularyList = 25;

    /// <summary>Number of term shards.</summary>
    public int ShardCount => _shardStarts.Length;

    /// <summary>
    /// How many shards an index of <paramref name="documents"/> documents gets: a quarter of the number of documents,
    /// at most 384 up to 10,000 documents (so such a site keeps its search files under 1,000), and growing with the
    /// documents beyond that (a shard of a few tens of kilobytes). Known before the index is built.
    /// </summary>
    public static int ShardCountFor(int documents) =>
        documents <= 10_000 ? Math.Clamp(documents / 4, 4, 384) : (int)(documents * 384L / 10_000);

    /// <summary>
    /// Splits <paramref name="index"/> into exactly <paramref name="shardCount"/> shards of about equal size; a term
    /// larger than a shard's share leaves the shards it spans empty.
    /// </summary>
    public static IndexShards Split(LunrIndex index, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        int[] sorted = index.SortedTermIndices;
        long total = 0;
        foreach (int termIndex in sorted)
        {
            total += EstimatedBytes(index, termIndex);
        }

        var starts = new List<int> { 0 };
        long before = 0;
        for (int p = 0; p < sorted.Length; p++)
        {
            while (starts.Count < shardCount && before * shardCount >= starts.Count * total)
            {
                starts.Add(p);
            }

            before += EstimatedBytes(index, sorted[p]);
        }

        while (starts.Count < shardCount)
        {
            starts.Add(sorted.Length);
        }

        return new IndexShards(index, starts.ToArray());
    }

    /// <summary>The paths (relative to the manifest) of the shard and vocabulary files for <paramref name="shardCount"/> shards.</summary>
    public static IEnumerable<string> FilePaths(int shardCount)
    {
        for (int s = 0; s < shardCount; s++)
        {
            yield return $"terms/{s}.json";
        }

        for (int length = 1; length <= LongestVocabularyList; length++)
        {
            yield return $"vocabulary/{length}.json";
        }
    }

    /// <summary>The contents of one of the <see cref="FilePaths"/>.</summary>
    public byte[] Content(string path)
    {
        using var stream = new MemoryStream();
        WriteTo(path, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes one of the <see cref="FilePaths"/> to <paramref name="output"/> as it is made. At 100,000 articles the
    /// shards are 300 MB: made as arrays first, half of them (and their growing buffers) were large objects the
    /// collector frees only in full collections, and the build's memory peaked while they were written.
    /// </summary>
    public void WriteTo(string path, Stream output)
    {
        int number = int.Parse(path[(path.IndexOf('/') + 1)..path.LastIndexOf('.')], System.Globalization.CultureInfo.InvariantCulture);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        if (path.StartsWith("terms/", StringComparison.Ordinal))
        {
            WriteShard(json, number);
        }
        else
        {
            json.WriteStartArray();
            foreach (string term in _vocabulary.Value.GetValueOrDefault(number) ?? [])
            {
                json.WriteStringValue(term);
                FlushNowAndThen(json);
            }

            json.WriteEndArray();
        }
    }

    public void WriteManifest(Utf8JsonWriter json)
    {
        json.WriteNumber("format", FormatVersion);
        json.WriteString("version", LunrIndex.Version);
        json.WriteStartArray("fields");
        foreach (string field in _index.Fields)
        {
            json.WriteStringValue(field);
        }

        json.WriteEndArray();
        json.WriteStartArray("pipeline");
        foreach (string label in Pipeline.SearchLabels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WriteNumber("documents", _index.Refs.Count);
        if (!RefsArePositions())
        {
            json.WriteStartArray("refs");
            foreach (string docRef in _index.Refs)
            {
                json.WriteStringValue(docRef);
            }

            json.WriteEndArray();
        }

        // An empty shard at the end starts with U+FFFF, after every term; one in between shares the next one's first term.
        json.WriteStartArray("shards");
        foreach (int start in _shardStarts)
        {
            json.WriteStringValue(start < _index.TermCount ? _index.InvertedIndex.Terms[_index.SortedTermIndices[start]] : "\uffff");
        }

        json.WriteEndArray();
        json.WriteStartArray("vocabulary");
        for (int length = 1; length <= LongestVocabularyList; length++)
        {
            json.WriteNumberValue(length);
        }

        json.WriteEndArray();
    }

    // One field's postings of one term: [] when there are none, else [scores, codes] — the distinct scores ascending,
    // and per posting (document − previous document) × (number of distinct scores) + the position of its score. A
    // word in most articles has tens of thousands of postings with a few hundred distinct scores: this takes ~40% fewer
    // digits than [document, score] pairs, so the page parses (and a host compresses) that much less. `positions`
    // (by score, all 0 between calls) holds each distinct score's position + 1 while the codes are written.
    private static void WritePostings(Utf8JsonWriter json, ReadOnlySpan<int> documents, ReadOnlySpan<int> scores, int[] positions)
    {
        json.WriteStartArray();
        if (documents.Length > 0)
        {
            int[] rented = ArrayPool<int>.Shared.Rent(scores.Length);
            int count = 0;
            foreach (int score in scores)
            {
                if (positions[score] == 0)
                {
                    positions[score] = -1;
                    rented[count++] = score;
                }
            }

            Span<int> distinct = rented.AsSpan(0, count);
            distinct.Sort();
            json.WriteStartArray();
            for (int k = 0; k < count; k++)
            {
                positions[distinct[k]] = k + 1;
                json.WriteNumberValue(distinct[k]);
            }

            json.WriteEndArray();
            json.WriteStartArray();
            int previous = 0;
            for (int i = 0; i < documents.Length; i++)
            {
                json.WriteNumberValue((long)(documents[i] - previous) * count + positions[scores[i]] - 1);
                previous = documents[i];
            }

            json.WriteEndArray();
            foreach (int score in distinct)
                positions[score] = 0;
            ArrayPool<int>.Shared.Return(rented);
        }

        json.WriteEndArray();
    }

    private void WriteShard(Utf8JsonWriter json, int shard)
    {
        int from = _shardStarts[shard];
        int to = shard + 1 < _shardStarts.Length ? _shardStarts[shard + 1] : _index.TermCount;
        InvertedIndex inverted = _index.InvertedIndex;
        int[] scores = inverted.Thousandths;
        int[] positions = ArrayPool<int>.Shared.Rent(_highestScore.Value + 1);
        Array.Clear(positions, 0, _highestScore.Value + 1);
        json.WriteStartObject();
        json.WriteStartArray("terms");
        for (int p = from; p < to; p++)
        {
            int termIndex = _index.SortedTermIndices[p];
            json.WriteStartArray();
            json.WriteStringValue(inverted.Terms[termIndex]);
            json.WriteNumberValue(termIndex);
            for (int f = 0; f < _index.Fields.Count; f++)
            {
                int slot = termIndex * inverted.FieldCount + f;
                WritePostings(json, inverted.Documents.AsSpan(inverted.Offsets[slot]..inverted.Offsets[slot + 1]),
                    scores.AsSpan(inverted.Offsets[slot]..inverted.Offsets[slot + 1]), positions);
            }

            json.WriteEndArray();
            FlushNowAndThen(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        ArrayPool<int>.Shared.Return(positions);
    }

    // Terms by length in UTF-16 code units, as lunr's TokenSet walks them; each list in lunr's sorted order.
    private SortedDictionary<int, List<string>> VocabularyByLength()
    {
        var byLength = new SortedDictionary<int, List<string>>();
        foreach (int termIndex in _index.SortedTermIndices)
        {
            string term = _index.InvertedIndex.Terms[termIndex];
            int list = Math.Min(term.Length, LongestVocabularyList);
            if (!byLength.TryGetValue(list, out List<string>? terms))
            {
                byLength[list] = terms = [];
            }

            terms.Add(term);
        }

        return byLength;
    }

    private bool RefsArePositions()
    {
        for (int d = 0; d < _index.Refs.Count; d++)
        {
            if (_index.Refs[d] != d.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }

    // Raw JSON bytes of a term's entry, roughly: a position difference, a score and two commas per posting.
    private static long EstimatedBytes(LunrIndex index, int termIndex) =>
        index.InvertedIndex.Terms[termIndex].Length + 16 + 7L * index.InvertedIndex.DocumentsWithTerm(termIndex);

    // The writer keeps everything in its own buffer until flushed.
    private static void FlushNowAndThen(Utf8JsonWriter json)
    {
        if (json.BytesPending > 32 * 1024)
        {
            json.Flush();
        }
    }
}
