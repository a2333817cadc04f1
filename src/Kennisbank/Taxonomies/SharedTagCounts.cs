using System.Numerics;

namespace Kennisbank.Taxonomies;

/// <summary>
/// For one article at a time, how many tags every other article shares with it, kept bit-sliced: plane j holds bit
/// j of each article's count, 64 articles to a word. Adding a tag's bitset is a ripple-carry over a few planes, and
/// "which articles share at least s tags" is a comparison done for 64 articles at once. One instance per thread.
/// </summary>
internal sealed class SharedTagCounts(TagIndex index)
{
    private ulong[][] _planes = [];
    private int _used;

    /// <summary>Counts, for every article, the tags it shares with <paramref name="article"/> (itself included).</summary>
    public void CountFor(int article)
    {
        var tags = index.TagsOf[article];
        _used = tags.Length == 0 ? 0 : BitOperations.Log2((uint)tags.Length) + 1; // enough planes to count to tags.Length
        if (_planes.Length < _used)
            _planes = [.. _planes, .. Enumerable.Range(0, _used - _planes.Length).Select(_ => new ulong[index.Words])];
        for (var j = 0; j < _used; j++)
            Array.Clear(_planes[j]);

        foreach (var tag in tags)
        {
            if (index.Bitsets[tag] is { } bits)
            {
                for (var word = 0; word < bits.Length; word++)
                    Add(word, bits[word]);
            }
            else
            {
                foreach (var other in index.Articles[tag])
                    Add(other >> 6, 1UL << (other & 63));
            }
        }
    }

    /// <summary>The number of tags <paramref name="other"/> shares with the counted article.</summary>
    public int SharedWith(int other)
    {
        var count = 0;
        for (var j = 0; j < _used; j++)
            count |= (int)((_planes[j][other >> 6] >> (other & 63)) & 1) << j;
        return count;
    }

    /// <summary>The articles in 64-article word <paramref name="word"/> that share at least <paramref name="threshold"/> (≥ 1) tags.</summary>
    public ulong AtLeast(int word, int threshold)
    {
        if (threshold >= 1 << _used)
            return 0;
        ulong greater = 0, equal = ulong.MaxValue;
        for (var j = _used - 1; j >= 0; j--)
        {
            var plane = _planes[j][word];
            if ((threshold >> j & 1) == 0)
            {
                greater |= equal & plane;
                equal &= ~plane;
            }
            else
            {
                equal &= plane;
            }
        }

        return greater | equal;
    }

    private void Add(int word, ulong bits)
    {
        for (var j = 0; bits != 0 && j < _used; j++)
        {
            var carry = _planes[j][word] & bits;
            _planes[j][word] ^= bits;
            bits = carry;
        }
    }
}
