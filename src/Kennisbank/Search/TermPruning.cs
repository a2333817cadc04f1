namespace Kennisbank.Search;

// Ours, not lunr's: static index pruning for fields with SearchField.KeptTermsPercent. lunr writes every
// (term, field, document) posting twice — in the inverted index and as a score in the field vector — so an
// index of whole article bodies grows with every distinct word of every article (~300 for 800 words of real
// Dutch). Most of those postings are words an article mentions in passing that also occur in hundreds of
// other articles: they cost as much as the words that make the article findable, and they only ever rank
// it low. So a pruned field keeps
//   - per document, that percentage of its distinct terms, those with the highest BM25 weight
//     (document-centric pruning, Büttcher & Clarke 2006); a share rather than a number, so that long and
//     short documents keep their lengths relative to each other, on which BM25's length normalisation rests;
//   - per term, the Floor documents in which it weighs most (term-centric, Carmel et al. 2001), so every word
//     of every document stays a term of the index and finds at least its best documents.
// What goes is the long tail of common words mentioned in passing. Weights are the scores lunr would give in
// the unpruned index; ties go to the earlier term (first occurrence) and the earlier document, so the result
// is deterministic. Pruning removes a term from a document field entirely, which is the same as deleting every
// token of it from the text: the pruned index is exactly what lunr.js builds from the pruned texts
// (Builder.IndexedDocument gives those texts).

/// <summary>Drops the least distinctive terms of fields that have a kept-terms percentage.</summary>
internal static class TermPruning
{
    /// <summary>Every term keeps at least the documents in which it weighs most, up to this many (a page of results).</summary>
    public const int Floor = 20;

    /// <summary>Prunes <paramref name="analysed"/> ([document][field]) in place.</summary>
    public static void Apply(FieldTerms[][] analysed, IReadOnlyList<SearchField> fields, double[] averageFieldLengths, int termIdLimit)
    {
        if (!fields.Any(f => f.KeptTermsPercent is not null) || analysed.Length == 0)
        {
            return;
        }

        double[] idf = IdfByTermId(analysed, fields.Count, termIdLimit);
        for (int f = 0; f < fields.Count; f++)
        {
            if (fields[f].KeptTermsPercent is { } percent)
            {
                PruneField(analysed, f, Math.Clamp(percent, 1, 100), averageFieldLengths[f], idf);
            }
        }
    }

    // lunr.idf's df counts (field, document) pairs over all fields.
    private static double[] IdfByTermId(FieldTerms[][] analysed, int fieldCount, int termIdLimit)
    {
        var documentsWithTerm = new int[termIdLimit];
        foreach (FieldTerms[] row in analysed)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                foreach (var (id, _) in row[f])
                {
                    documentsWithTerm[id]++;
                }
            }
        }

        var idf = new double[termIdLimit];
        for (int id = 0; id < idf.Length; id++)
        {
            if (documentsWithTerm[id] > 0)
            {
                idf[id] = Idf.Compute(documentsWithTerm[id], analysed.Length);
            }
        }

        return idf;
    }

    private static void PruneField(FieldTerms[][] analysed, int field, int percent, double averageLength, double[] idf)
    {
        var weights = new double[analysed.Length][];
        var keep = new bool[analysed.Length][];
        Parallel.For(0, analysed.Length, d =>
        {
            FieldTerms terms = analysed[d][field];
            weights[d] = Weights(terms, averageLength, idf);
            keep[d] = MostDistinctive(weights[d], (weights[d].Length * percent + 99) / 100);
        });

        var best = new BestDocuments(analysed, field, idf.Length);
        for (int d = 0; d < analysed.Length; d++)
        {
            int t = 0;
            foreach (var (id, _) in analysed[d][field])
            {
                best.Offer(id, d, t, weights[d][t]);
                t++;
            }
        }

        best.MarkKept(keep);
        Parallel.For(0, analysed.Length, d => analysed[d][field] = analysed[d][field].Keep(keep[d]));
    }

    private static double[] Weights(FieldTerms terms, double averageLength, double[] idf)
    {
        var weights = new double[terms.Count];
        int t = 0;
        foreach (var (id, frequency) in terms)
        {
            weights[t++] = Bm25.Score(idf[id], frequency, terms.Length, averageLength, 1);
        }

        return weights;
    }

    // The `limit` highest weights; among equal weights the earlier term.
    private static bool[] MostDistinctive(double[] weights, int limit)
    {
        var keep = new bool[weights.Length];
        if (weights.Length <= limit)
        {
            Array.Fill(keep, true);
            return keep;
        }

        var order = new int[weights.Length];
        for (int t = 0; t < order.Length; t++)
        {
            order[t] = t;
        }

        Array.Sort(order, (a, b) => weights[b] != weights[a] ? weights[b].CompareTo(weights[a]) : a.CompareTo(b));
        for (int k = 0; k < limit; k++)
        {
            keep[order[k]] = true;
        }

        return keep;
    }

    // Per term id, a min-heap of its best (document, slot) postings, at most Floor, the worst at the root.
    // Documents are offered in order, so a later document with an equal weight never displaces an earlier one.
    private sealed class BestDocuments
    {
        private readonly int[] _start;
        private readonly int[] _count;
        private readonly Posting[] _heaps;

        public BestDocuments(FieldTerms[][] analysed, int field, int termIdLimit)
        {
            var capacity = new int[termIdLimit];
            foreach (FieldTerms[] row in analysed)
            {
                foreach (var (id, _) in row[field])
                {
                    capacity[id] = Math.Min(Floor, capacity[id] + 1);
                }
            }

            _start = new int[termIdLimit + 1];
            for (int id = 0; id < termIdLimit; id++)
            {
                _start[id + 1] = _start[id] + capacity[id];
            }

            _count = new int[termIdLimit];
            _heaps = new Posting[_start[termIdLimit]];
        }

        public void Offer(int termId, int document, int slot, double weight)
        {
            Span<Posting> heap = _heaps.AsSpan(_start[termId], _start[termId + 1] - _start[termId]);
            ref int count = ref _count[termId];
            var posting = new Posting(document, slot, weight);
            if (count < heap.Length)
            {
                int i = count++;
                while (i > 0 && Worse(posting, heap[(i - 1) / 2]))
                {
                    heap[i] = heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }

                heap[i] = posting;
            }
            else if (weight > heap[0].Weight)
            {
                SiftDown(heap, posting);
            }
        }

        public void MarkKept(bool[][] keep)
        {
            for (int id = 0; id < _count.Length; id++)
            {
                foreach (Posting posting in _heaps.AsSpan(_start[id], _count[id]))
                {
                    keep[posting.Document][posting.Slot] = true;
                }
            }
        }

        private static void SiftDown(Span<Posting> heap, Posting posting)
        {
            int i = 0;
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= heap.Length)
                {
                    break;
                }

                if (child + 1 < heap.Length && Worse(heap[child + 1], heap[child]))
                {
                    child++;
                }

                if (!Worse(heap[child], posting))
                {
                    break;
                }

                heap[i] = heap[child];
                i = child;
            }

            heap[i] = posting;
        }

        // Lower weight is worse; at equal weight the later document is worse.
        private static bool Worse(Posting a, Posting b) =>
            a.Weight < b.Weight || (a.Weight == b.Weight && a.Document > b.Document);
    }

    private readonly record struct Posting(int Document, int Slot, double Weight);
}
