using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kennisbank.Search;

// What lunr.Builder#add records for one field of one document: the field length (number of tokens the
// pipeline kept, lunr's fieldLengths) and the frequency of each term (fieldTermFrequencies). Terms are
// kept in order of first occurrence, because that order decides which term gets the next term index.
// Analysing is independent per document, so the builder runs it in parallel; the Analyzer holds the
// per-thread scratch space (indexed by term id) that lets it work without allocating per token.

/// <summary>The distinct terms of one field of one document, with their frequencies, in first-occurrence order.</summary>
internal sealed class FieldTerms
{
    public static readonly FieldTerms Empty = new([], 0, 0);

    // Every document's analysed terms are held until they are merged: at 100,000 articles tens of millions of
    // (term, frequency) pairs. Packed one int each — term id << 8 | frequency — they take a third of a term
    // reference and a frequency side by side; a frequency over 254 or an id over 2^23 takes two ints (~id, frequency).
    private const int FrequencyBits = 8;
    private const int ShortFrequencyLimit = (1 << FrequencyBits) - 1;
    private const int ShortIdLimit = 1 << (31 - FrequencyBits);

    private readonly int[] _packed;

    private FieldTerms(int[] packed, int count, int length)
    {
        _packed = packed;
        Count = count;
        Length = length;
    }

    /// <summary>Number of distinct terms.</summary>
    public int Count { get; }

    /// <summary>Number of tokens the pipeline kept (lunr's field length).</summary>
    public int Length { get; }

    /// <summary>Term ids and their frequencies, in order of first occurrence, packed.</summary>
    public static FieldTerms Of(ReadOnlySpan<int> ids, ReadOnlySpan<int> frequencies, int length)
    {
        if (ids.Length == 0)
        {
            return Empty;
        }

        int size = ids.Length;
        for (int t = 0; t < ids.Length; t++)
        {
            if (!IsShort(ids[t], frequencies[t]))
            {
                size++;
            }
        }

        var packed = new int[size];
        for (int t = 0, at = 0; t < ids.Length; t++)
        {
            if (IsShort(ids[t], frequencies[t]))
            {
                packed[at++] = ids[t] << FrequencyBits | frequencies[t];
            }
            else
            {
                packed[at++] = ~ids[t];
                packed[at++] = frequencies[t];
            }
        }

        return new FieldTerms(packed, ids.Length, length);
    }

    /// <summary>The (term id, frequency) pairs in order of first occurrence.</summary>
    public Enumerator GetEnumerator() => new(_packed);

    /// <summary>The term ids, in order of first occurrence.</summary>
    public int[] TermIds()
    {
        var ids = new int[Count];
        int t = 0;
        foreach (var (id, _) in this)
        {
            ids[t++] = id;
        }

        return ids;
    }

    /// <summary>The frequencies of <see cref="TermIds"/>.</summary>
    public int[] Frequencies()
    {
        var frequencies = new int[Count];
        int t = 0;
        foreach (var (_, frequency) in this)
        {
            frequencies[t++] = frequency;
        }

        return frequencies;
    }

    /// <summary>
    /// This field without the terms whose <paramref name="keep"/> flag is false: what analysing the text would give
    /// if every token of those terms were removed from it (order of first occurrence and frequencies unchanged).
    /// </summary>
    public FieldTerms Keep(bool[] keep)
    {
        if (Array.IndexOf(keep, false, 0, Count) < 0)
        {
            return this;
        }

        var ids = new List<int>();
        var frequencies = new List<int>();
        int t = 0, length = 0;
        foreach (var (id, frequency) in this)
        {
            if (keep[t++])
            {
                ids.Add(id);
                frequencies.Add(frequency);
                length += frequency;
            }
        }

        return Of(ids.ToArray(), frequencies.ToArray(), length);
    }

    private static bool IsShort(int id, int frequency) => id < ShortIdLimit && frequency < ShortFrequencyLimit;

    /// <summary>Reads the packed pairs in order.</summary>
    public struct Enumerator(int[] packed)
    {
        private int _next;

        public (int Id, int Frequency) Current { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            if (_next >= packed.Length)
            {
                return false;
            }

            int value = packed[_next++];
            Current = value >= 0 ? (value >> FrequencyBits, value & ShortFrequencyLimit) : (~value, packed[_next++]);
            return true;
        }
    }

    /// <summary>Tokenizes and runs the pipeline over field values; one instance per thread and build.</summary>
    internal sealed class Analyzer(Pipeline pipeline)
    {
        private readonly List<int> _ids = [];
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

            var result = _length == 0 ? Empty : Of(CollectionsMarshal.AsSpan(_ids), CollectionsMarshal.AsSpan(_frequencies), _length);
            _ids.Clear();
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
                seen = (_stamp, _ids.Count);
                _ids.Add(id);
                _frequencies.Add(1);
            }
        }
    }
}
