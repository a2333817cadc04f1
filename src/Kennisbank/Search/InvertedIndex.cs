using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// lunr's invertedIndex: for every term its term index ("_index", its dimension in the vector space, handed
// out in order of first occurrence) and, per field, the documents it occurs in; lunr writes a posting as
// {"_index": n, "<field>": {"<ref>": {}}, ...} since no metadata is whitelisted. Built in two passes over
// the analysed documents, in lunr's add order (document → field → first occurrence): the first assigns
// term indices and counts documents per (term, field), the second fills one flat array of document
// ordinals, so millions of postings cost no allocations of their own.

/// <summary>The inverted index: terms by term index, with the documents of each (term, field).</summary>
internal sealed class InvertedIndex
{
    private InvertedIndex(string[] terms, int fieldCount, int[] offsets, int[] documents)
    {
        Terms = terms;
        FieldCount = fieldCount;
        Offsets = offsets;
        Documents = documents;
    }

    /// <summary>Term text by term index.</summary>
    public string[] Terms { get; }

    public int FieldCount { get; }

    /// <summary>Documents of (term t, field f) are Documents[Offsets[t*F+f] .. Offsets[t*F+f+1]).</summary>
    public int[] Offsets { get; }

    public int[] Documents { get; }

    public ReadOnlySpan<int> DocumentsOf(int termIndex, int field)
    {
        int slot = termIndex * FieldCount + field;
        return Documents.AsSpan(Offsets[slot], Offsets[slot + 1] - Offsets[slot]);
    }

    /// <summary>lunr.idf's df: (field, document) pairs of the term, summed over its fields.</summary>
    public int DocumentsWithTerm(int termIndex) =>
        Offsets[(termIndex + 1) * FieldCount] - Offsets[termIndex * FieldCount];

    /// <summary>Merges analysed documents (indexed [document][field]) and sets their term indices.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InvertedIndex Merge(FieldTerms[][] analysed, int fieldCount, int termIdLimit)
    {
        var indexOfId = new int[termIdLimit];
        Array.Fill(indexOfId, -1);
        var terms = new List<string>();
        var counts = new List<int>();

        foreach (FieldTerms[] row in analysed)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                FieldTerms field = row[f];
                for (int t = 0; t < field.Terms.Length; t++)
                {
                    Term term = field.Terms[t];
                    int index = indexOfId[term.Id];
                    if (index < 0)
                    {
                        index = indexOfId[term.Id] = terms.Count;
                        terms.Add(term.Text);
                        for (int k = 0; k < fieldCount; k++)
                        {
                            counts.Add(0);
                        }
                    }

                    counts[index * fieldCount + f]++;
                    field.TermIndices[t] = index;
                }
            }
        }

        var offsets = new int[counts.Count + 1];
        for (int i = 0; i < counts.Count; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var documents = new int[offsets[^1]];
        int[] next = offsets[..^1];
        for (int d = 0; d < analysed.Length; d++)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                foreach (int index in analysed[d][f].TermIndices)
                {
                    documents[next[index * fieldCount + f]++] = d;
                }
            }
        }

        return new InvertedIndex(terms.ToArray(), fieldCount, offsets, documents);
    }

    /// <summary>Reorders every document list by <paramref name="rank"/> (JavaScript key order of the refs).</summary>
    public void SortDocuments(int[] rank)
    {
        Comparison<int> byRank = (a, b) => rank[a].CompareTo(rank[b]);
        for (int slot = 0; slot + 1 < Offsets.Length; slot++)
        {
            Documents.AsSpan(Offsets[slot], Offsets[slot + 1] - Offsets[slot]).Sort(byRank);
        }
    }
}
