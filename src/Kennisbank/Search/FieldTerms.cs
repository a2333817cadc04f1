using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// What lunr.Builder#add records for one field of one document: the field length (number of tokens the
// pipeline kept, lunr's fieldLengths) and the frequency of each term (fieldTermFrequencies). Terms are
// kept in order of first occurrence, because that order decides which term gets the next term index.
// Analysing is independent per document, so the builder runs it in parallel; the Analyzer holds the
// per-thread scratch space (indexed by term id) that lets it work without allocating per token.

/// <summary>The distinct terms of one field of one document, with their frequencies, in first-occurrence order.</summary>
internal sealed class FieldTerms
{
    public static readonly FieldTerms Empty = new([], [], 0);

    public FieldTerms(Term[] terms, int[] frequencies, int length)
    {
        Terms = terms;
        Frequencies = frequencies;
        Length = length;
    }

    /// <summary>Distinct terms in order of first occurrence.</summary>
    public Term[] Terms { get; }

    /// <summary>Term frequency of Terms[i].</summary>
    public int[] Frequencies { get; }

    /// <summary>Number of tokens the pipeline kept (lunr's field length).</summary>
    public int Length { get; }

    /// <summary>
    /// This field without the terms whose <paramref name="keep"/> flag is false: what analysing the text would give
    /// if every token of those terms were removed from it (order of first occurrence and frequencies unchanged).
    /// </summary>
    public FieldTerms Keep(bool[] keep)
    {
        int count = 0, length = 0;
        for (int t = 0; t < Terms.Length; t++)
        {
            if (keep[t])
            {
                count++;
                length += Frequencies[t];
            }
        }

        if (count == Terms.Length)
        {
            return this;
        }

        var terms = new Term[count];
        var frequencies = new int[count];
        for (int t = 0, k = 0; t < Terms.Length; t++)
        {
            if (keep[t])
            {
                terms[k] = Terms[t];
                frequencies[k++] = Frequencies[t];
            }
        }

        return count == 0 ? Empty : new FieldTerms(terms, frequencies, length);
    }

    /// <summary>Tokenizes and runs the pipeline over field values; one instance per thread and build.</summary>
    internal sealed class Analyzer(Pipeline pipeline)
    {
        private readonly List<Term> _terms = [];
        private readonly List<int> _frequencies = [];

        // Per term id: the field (stamp) it was last seen in and its slot there; stamps avoid clearing.
        private (int Stamp, int Slot)[] _seen = new (int, int)[1024];
        private int _stamp;
        private int _length;
        private char[] _lowercased = new char[4096];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public FieldTerms Analyze(FieldValue? value)
        {
            if (value is null)
            {
                return Empty;
            }

            _stamp++;
            TokenCache cache = pipeline.ThreadCache;
            if (value.Items is { } items)
            {
                foreach (string item in items)
                {
                    Count(cache.Get(JavaScriptCase.ToLower(item)));
                }
            }
            else
            {
                ReadOnlySpan<char> text = JavaScriptCase.ToLower(value.TextValue ?? "", ref _lowercased);
                foreach (Range range in new Tokenizer.TokenRanges(text))
                {
                    Count(cache.Get(text[range]));
                }
            }

            var result = _length == 0 ? Empty : new FieldTerms(_terms.ToArray(), _frequencies.ToArray(), _length);
            _terms.Clear();
            _frequencies.Clear();
            _length = 0;
            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Count(Term? term)
        {
            if (term is null)
            {
                return;
            }

            _length++;
            int id = term.Id;
            if (id >= _seen.Length)
            {
                Array.Resize(ref _seen, Math.Max(id + 1, _seen.Length * 2));
            }

            ref (int Stamp, int Slot) seen = ref _seen[id];
            if (seen.Stamp == _stamp)
            {
                _frequencies[seen.Slot]++;
            }
            else
            {
                seen = (_stamp, _terms.Count);
                _terms.Add(term);
                _frequencies.Add(1);
            }
        }
    }
}
