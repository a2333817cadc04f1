using System.Numerics;

namespace Kennisbank.Taxonomies;

/// <summary>
/// For one article at a time, how many tags every other article shares with it, kept bit-sliced: plane j holds bit
/// j of each article's count, 64 articles to a word. Adding a tag's bitset is a ripple-carry over a few planes, and
/// "which articles share at least s tags" is a comparison done for 64 articles at once. One instance per thread.
/// The counts are made a word at a time, when asked for: a common tag's bitset is added only for the words the
/// ranking reads (at 100,000 articles it mostly stops after a few of the 1,563), and only a rare tag's few articles
/// are counted up front.
/// </summary>
internal sealed class SharedTagCounts(TagIndex index)
{
    // The rare tags' counts; zero except in the words listed in _touched.
    private ulong[][] _rare = [];
    private readonly List<int> _touched = [];
    private readonly List<ulong[]> _common = [];
    private ulong[] _planes = new ulong[8];
    private int _used;
    private int _word = -1;

    /// <summary>Words of 64 articles.</summary>
    public int Words => index.Words;

    /// <summary>Counts, for every article, the tags it shares with <paramref name="article"/> (itself included).</summary>
    public void CountFor(int article)
    {
        foreach (var word in _touched)
        {
            for (var j = 0; j < _used; j++)
                _rare[j][word] = 0;
        }

        _touched.Clear();
        _common.Clear();
        _word = -1;
        var tags = index.TagsOf[article];
        _used = tags.Length == 0 ? 0 : BitOperations.Log2((uint)tags.Length) + 1; // enough planes to count to tags.Length
        if (_rare.Length < _used)
            _rare = [.. _rare, .. Enumerable.Range(0, _used - _rare.Length).Select(_ => new ulong[index.Words])];
        if (_planes.Length < _used)
            _planes = new ulong[_used];

        foreach (var tag in tags)
        {
            if (index.Bitsets[tag] is { } bits)
            {
                _common.Add(bits);
                continue;
            }

            foreach (var other in index.Articles[tag])
            {
                _touched.Add(other >> 6);
                Add(_rare, other >> 6, 1UL << (other & 63));
            }
        }
    }

    /// <summary>The number of tags <paramref name="other"/> shares with the counted article.</summary>
    public int SharedWith(int other)
    {
        var planes = PlanesOf(other >> 6);
        var count = 0;
        for (var j = 0; j < _used; j++)
            count |= (int)((planes[j] >> (other & 63)) & 1) << j;
        return count;
    }

    /// <summary>The articles in 64-article word <paramref name="word"/> that share at least <paramref name="threshold"/> (≥ 1) tags.</summary>
    public ulong AtLeast(int word, int threshold)
    {
        if (threshold >= 1 << _used)
            return 0;
        var planes = PlanesOf(word);
        ulong greater = 0, equal = ulong.MaxValue;
        for (var j = _used - 1; j >= 0; j--)
        {
            var plane = planes[j];
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

    // The planes of one word: the rare tags' counts there plus every common tag's bits, kept until another word is asked for.
    private ulong[] PlanesOf(int word)
    {
        if (word == _word)
            return _planes;
        _word = word;
        if (_used == 0)
            return _planes;
        if (_used <= 4)
        {
            // Up to 15 tags, the common case, in registers: each tag a branch-free ripple over four planes.
            ulong p0 = _rare[0][word], p1 = _used > 1 ? _rare[1][word] : 0, p2 = _used > 2 ? _rare[2][word] : 0, p3 = _used > 3 ? _rare[3][word] : 0;
            foreach (var bitset in _common)
            {
                var bits = bitset[word];
                var carry = p0 & bits;
                p0 ^= bits;
                bits = carry;
                carry = p1 & bits;
                p1 ^= bits;
                bits = carry;
                carry = p2 & bits;
                p2 ^= bits;
                p3 ^= carry;
            }

            (_planes[0], _planes[1], _planes[2], _planes[3]) = (p0, p1, p2, p3);
            return _planes;
        }

        for (var j = 0; j < _used; j++)
            _planes[j] = _rare[j][word];
        foreach (var bitset in _common)
        {
            var bits = bitset[word];
            for (var j = 0; bits != 0 && j < _used; j++)
            {
                var carry = _planes[j] & bits;
                _planes[j] ^= bits;
                bits = carry;
            }
        }

        return _planes;
    }

    private void Add(ulong[][] planes, int word, ulong bits)
    {
        for (var j = 0; bits != 0 && j < _used; j++)
        {
            var carry = planes[j][word] & bits;
            planes[j][word] ^= bits;
            bits = carry;
        }
    }
}
