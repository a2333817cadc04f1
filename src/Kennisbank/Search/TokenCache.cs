using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kennisbank.Search;

// Indexing probes the pipeline once per token, millions of times, mostly for the same few thousand words.
// The pipeline's own cache is shared and thread-safe, which costs several cache misses per probe. This is
// a per-thread front for it: an open-addressing table whose entries hold the term and, for tokens of up to
// 12 characters (most tokens, since frequent words are short), the characters themselves, so a hit costs
// one memory access. Longer tokens keep their string for the comparison.

/// <summary>A single-threaded cache in front of <see cref="Pipeline.Process"/>.</summary>
internal sealed class TokenCache(Pipeline pipeline)
{
    private const int InlineLength = 12;
    private static readonly Term Dropped = new("", -1);

    private Entry[] _entries = new Entry[1 << 14];
    private int _count;

    /// <summary>The term for a lowercased token, or null when the pipeline drops it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term? Get(ReadOnlySpan<char> token)
    {
        Key key = default;
        int hash;
        if (token.Length <= InlineLength)
        {
            token.CopyTo(MemoryMarshal.Cast<Key, char>(MemoryMarshal.CreateSpan(ref key, 1)));
            hash = (int)(((key.A * 0x9E3779B97F4A7C15UL) ^ (key.B * 0xC2B2AE3D27D4EB4FUL) ^ (key.C * 0x165667B19E3779F9UL)
                + (ulong)token.Length) >> 32);
        }
        else
        {
            var hasher = new HashCode();
            hasher.AddBytes(MemoryMarshal.AsBytes(token));
            hash = hasher.ToHashCode();
        }

        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        int i = hash & mask;
        while (true)
        {
            ref Entry entry = ref entries[i];
            if (entry.Term is null)
            {
                break;
            }

            if (entry.Hash == hash && entry.Length == token.Length
                && (token.Length <= InlineLength ? entry.Key.Equals(key) : token.SequenceEqual(entry.LongKey)))
            {
                return ReferenceEquals(entry.Term, Dropped) ? null : entry.Term;
            }

            i = (i + 1) & mask;
        }

        Term term = pipeline.Process(token) ?? Dropped;
        entries[i] = new Entry
        {
            Key = key,
            Hash = hash,
            Length = token.Length,
            LongKey = token.Length <= InlineLength ? null : token.ToString(),
            Term = term,
        };
        if (++_count * 2 > entries.Length)
        {
            Grow();
        }

        return ReferenceEquals(term, Dropped) ? null : term;
    }

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Term is null)
            {
                continue;
            }

            int i = entry.Hash & mask;
            while (_entries[i].Term is not null)
            {
                i = (i + 1) & mask;
            }

            _entries[i] = entry;
        }
    }

    // Up to 12 UTF-16 code units, zero-padded.
    private record struct Key(ulong A, ulong B, ulong C);

    private struct Entry
    {
        public Key Key;
        public int Hash;
        public int Length;
        public string? LongKey;
        public Term? Term;
    }
}
