using System.Text;

namespace Kennisbank.Search;

// Mirrors lunr.Index as far as the site needs it: the built index, ready to serialize. lunr.Index#toJSON
// is the contract: {version, fields, fieldVectors, invertedIndex (sorted by term), pipeline}. Field vectors
// appear in the order lunr created them (document, then field); the inverted index is sorted with
// JavaScript's default sort, i.e. by UTF-16 code units, which is string.CompareOrdinal.

/// <summary>A built lunr index; <see cref="WriteTo"/> produces what JSON.stringify(lunrIndex) would.</summary>
public sealed class LunrIndex
{
    /// <summary>The lunr version written into the index; lunr.Index.load warns when it differs.</summary>
    public const string Version = "2.3.9";

    private readonly Lazy<FieldVector[][]> _vectors;

    internal LunrIndex(string[] fields, string[] refs, InvertedIndex invertedIndex)
    {
        Fields = fields;
        Refs = refs;
        InvertedIndex = invertedIndex;
        _vectors = new Lazy<FieldVector[][]>(FieldVectors);
        SortedTermIndices = new int[invertedIndex.Terms.Length];
        for (int i = 0; i < SortedTermIndices.Length; i++)
        {
            SortedTermIndices[i] = i;
        }

        string[] terms = invertedIndex.Terms;
        Array.Sort(SortedTermIndices, (a, b) => string.CompareOrdinal(terms[a], terms[b]));
        OrderDocumentsInPostings(refs, invertedIndex);
    }

    /// <summary>Field names, in lunr's order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Document refs, in the order they were added.</summary>
    public IReadOnlyList<string> Refs { get; }

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => InvertedIndex.Terms.Length;

    /// <summary>
    /// Field vectors per document (added order), per field (<see cref="Fields"/> order); derived from the postings
    /// on first use, which only writing the whole index needs.
    /// </summary>
    internal FieldVector[][] Vectors => _vectors.Value;

    /// <summary>The inverted index; term indices in <see cref="SortedTermIndices"/> order are lunr's JSON order.</summary>
    internal InvertedIndex InvertedIndex { get; }

    /// <summary>Term indices sorted by term text (JavaScript's default sort: UTF-16 code units).</summary>
    internal int[] SortedTermIndices { get; }

    /// <summary>The field vector of one document field.</summary>
    public FieldVector VectorOf(string docRef, string field)
    {
        int d = Array.IndexOf((string[])Refs, docRef);
        int f = Array.IndexOf((string[])Fields, field);
        if (d < 0 || f < 0)
        {
            throw new KeyNotFoundException($"No field vector {field}/{docRef}.");
        }

        return Vectors[d][f];
    }

    /// <summary>Writes the minified index JSON, UTF-8, byte for byte what lunr.js would produce.</summary>
    public void WriteTo(Stream utf8Output)
    {
        using var writer = new IndexJsonWriter(utf8Output);
        writer.Write(this);
    }

    /// <summary>The minified index JSON.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // The vector of (document, field) holds a (term index, score) pair for every posting of that document in that
    // field; walking the terms in index order lists each vector's pairs in ascending term index, as lunr sorts them.
    private FieldVector[][] FieldVectors()
    {
        InvertedIndex inverted = InvertedIndex;
        int fieldCount = inverted.FieldCount;
        var counts = new int[Refs.Count * fieldCount];
        for (int slot = 0; slot + 1 < inverted.Offsets.Length; slot++)
        {
            for (int i = inverted.Offsets[slot]; i < inverted.Offsets[slot + 1]; i++)
            {
                counts[inverted.Documents[i] * fieldCount + slot % fieldCount]++;
            }
        }

        var termIndices = new int[counts.Length][];
        var thousandths = new int[counts.Length][];
        for (int k = 0; k < counts.Length; k++)
        {
            termIndices[k] = new int[counts[k]];
            thousandths[k] = new int[counts[k]];
        }

        var filled = new int[counts.Length];
        for (int slot = 0; slot + 1 < inverted.Offsets.Length; slot++)
        {
            for (int i = inverted.Offsets[slot]; i < inverted.Offsets[slot + 1]; i++)
            {
                int k = inverted.Documents[i] * fieldCount + slot % fieldCount;
                termIndices[k][filled[k]] = slot / fieldCount;
                thousandths[k][filled[k]++] = inverted.Thousandths[i];
            }
        }

        var vectors = new FieldVector[Refs.Count][];
        for (int d = 0; d < vectors.Length; d++)
        {
            vectors[d] = new FieldVector[fieldCount];
            for (int f = 0; f < fieldCount; f++)
            {
                int k = d * fieldCount + f;
                vectors[d][f] = counts[k] == 0 ? FieldVector.Empty : new FieldVector(termIndices[k], thousandths[k]);
            }
        }

        return vectors;
    }

    // Posting lists are built in document order; refs that look like array indices ("12") come first in
    // JavaScript objects, in numeric order. Only then do the lists need re-sorting.
    private static void OrderDocumentsInPostings(string[] refs, InvertedIndex invertedIndex)
    {
        int[] order = JavaScriptKeyOrder.Order(refs);
        bool identity = true;
        for (int i = 0; i < order.Length && identity; i++)
        {
            identity = order[i] == i;
        }

        if (!identity)
        {
            var rank = new int[order.Length];
            for (int i = 0; i < order.Length; i++)
            {
                rank[order[i]] = i;
            }

            invertedIndex.SortDocuments(rank);
        }
    }
}
