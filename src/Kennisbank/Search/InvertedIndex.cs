using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// lunr's invertedIndex: for every term its term index ("_index", its dimension in the vector space, handed
// out in order of first occurrence) and, per field, the documents it occurs in; lunr writes a posting as
// {"_index": n, "<field>": {"<ref>": {}}, ...} since no metadata is whitelisted. Every posting also carries
// the score lunr's field vector gives that (term, field, document), rounded as lunr stores it: the field
// vectors hold exactly the postings' scores, so they are derived from here when needed (LunrIndex) and never
// kept beside them. Built in two passes over the analysed documents, in lunr's add order (document → field →
// first occurrence): the first assigns term indices and counts documents per (term, field), which gives every
// term's idf; the second fills flat arrays of document ordinals and scores, so millions of postings cost no
// allocations of their own, and lets go of each document's analysed terms once its postings are in.

/// <summary>The inverted index: terms by term index, with the documents of each (term, field) and their scores.</summary>
internal sealed class InvertedIndex
{
    private InvertedIndex(string[] terms, int fieldCount, int[] offsets, int[] documents, int[] thousandths)
    {
        Terms = terms;
        FieldCount = fieldCount;
        Offsets = offsets;
        Documents = documents;
        Thousandths = thousandths;
    }

    /// <summary>Term text by term index.</summary>
    public string[] Terms { get; }

    public int FieldCount { get; }

    /// <summary>Documents of (term t, field f) are Documents[Offsets[t*F+f] .. Offsets[t*F+f+1]).</summary>
    public int[] Offsets { get; }

    public int[] Documents { get; }

    /// <summary>Math.round(score * 1000) of the posting at the same position in <see cref="Documents"/>.</summary>
    public int[] Thousandths { get; }

    public ReadOnlySpan<int> DocumentsOf(int termIndex, int field)
    {
        int slot = termIndex * FieldCount + field;
        return Documents.AsSpan(Offsets[slot], Offsets[slot + 1] - Offsets[slot]);
    }

    /// <summary>lunr.idf's df: (field, document) pairs of the term, summed over its fields.</summary>
    public int DocumentsWithTerm(int termIndex) =>
        Offsets[(termIndex + 1) * FieldCount] - Offsets[termIndex * FieldCount];

    /// <summary>
    /// Merges analysed documents (indexed [document][field]) into postings scored with <paramref name="scoring"/>.
    /// Each row of <paramref name="analysed"/> is set to null once merged, unless <paramref name="keepAnalysed"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InvertedIndex Merge(FieldTerms[]?[] analysed, FieldScoring scoring, int termIdLimit, Func<int, string> termText, bool keepAnalysed)
    {
        int fieldCount = scoring.FieldCount;
        var indexOfId = new int[termIdLimit];
        Array.Fill(indexOfId, -1);
        var terms = new List<string>();
        var counts = new List<int>();

        foreach (FieldTerms[]? row in analysed)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                foreach (var (id, _) in row![f])
                {
                    int index = indexOfId[id];
                    if (index < 0)
                    {
                        index = indexOfId[id] = terms.Count;
                        terms.Add(termText(id));
                        for (int k = 0; k < fieldCount; k++)
                        {
                            counts.Add(0);
                        }
                    }

                    counts[index * fieldCount + f]++;
                }
            }
        }

        var offsets = new int[counts.Count + 1];
        for (int i = 0; i < counts.Count; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var idf = new double[terms.Count];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Idf.Compute(offsets[(t + 1) * fieldCount] - offsets[t * fieldCount], analysed.Length);
        }

        var documents = new int[offsets[^1]];
        var thousandths = new int[offsets[^1]];
        int[] next = offsets[..^1];
        for (int d = 0; d < analysed.Length; d++)
        {
            FieldTerms[] row = analysed[d]!;
            for (int f = 0; f < fieldCount; f++)
            {
                FieldTerms field = row[f];
                double boost = scoring.Boosts[f];
                double averageLength = scoring.AverageFieldLengths[f];
                foreach (var (id, frequency) in field)
                {
                    int index = indexOfId[id];
                    double score = Bm25.Score(idf[index], frequency, field.Length, averageLength, boost);
                    int at = next[index * fieldCount + f]++;
                    documents[at] = d;
                    thousandths[at] = checked((int)JavaScriptMath.Round(score * 1000));
                }
            }

            if (!keepAnalysed)
            {
                analysed[d] = null;
            }
        }

        return new InvertedIndex(terms.ToArray(), fieldCount, offsets, documents, thousandths);
    }

    /// <summary>Reorders every document list, with its scores, by <paramref name="rank"/> (JavaScript key order of the refs).</summary>
    public void SortDocuments(int[] rank)
    {
        var byRank = Comparer<int>.Create((a, b) => rank[a].CompareTo(rank[b]));
        for (int slot = 0; slot + 1 < Offsets.Length; slot++)
        {
            int from = Offsets[slot], length = Offsets[slot + 1] - from;
            Documents.AsSpan(from, length).Sort(Thousandths.AsSpan(from, length), byRank);
        }
    }
}

/// <summary>What lunr's BM25 needs per field besides the term statistics: the boost and the average field length.</summary>
internal sealed record FieldScoring(double[] Boosts, double[] AverageFieldLengths)
{
    public int FieldCount => Boosts.Length;
}
