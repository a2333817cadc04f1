using Kennisbank.Search;

namespace Kennisbank.Tests.Search;

/// <summary>The packed form of a document's analysed terms gives back exactly what was analysed, in order.</summary>
public sealed class FieldTermsTests
{
    [Fact]
    public void Packed_terms_read_back_in_order_with_their_frequencies_however_large()
    {
        int[] ids = [0, 5, 1 << 23, (1 << 23) - 1, int.MaxValue, 42, 7];
        int[] frequencies = [1, 254, 1, 255, 3, 100_000, 2];

        var terms = FieldTerms.Of(ids, frequencies, length: 100_516);

        Assert.Equal(ids.Length, terms.Count);
        Assert.Equal(100_516, terms.Length);
        Assert.Equal(ids, terms.TermIds());
        Assert.Equal(frequencies, terms.Frequencies());
        Assert.Equal(ids.Zip(frequencies), terms.ToPairs());
    }

    [Fact]
    public void Keeping_some_terms_keeps_their_order_and_counts_only_their_tokens()
    {
        var terms = FieldTerms.Of([3, 1 << 24, 9], [2, 300, 4], length: 306);

        var kept = terms.Keep([false, true, true]);

        Assert.Equal([1 << 24, 9], kept.TermIds());
        Assert.Equal([300, 4], kept.Frequencies());
        Assert.Equal(304, kept.Length);
        Assert.Same(terms, terms.Keep([true, true, true]));
        Assert.Same(FieldTerms.Empty, terms.Keep([false, false, false]));
    }
}

internal static class FieldTermsPairs
{
    public static List<(int, int)> ToPairs(this FieldTerms terms)
    {
        var pairs = new List<(int, int)>();
        foreach (var pair in terms)
            pairs.Add(pair);
        return pairs;
    }
}
