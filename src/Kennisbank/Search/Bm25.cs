using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// The score lunr.Builder#createFieldVectors gives a term in one field of one document: BM25 with lunr's
// defaults k1 = 1.2 and b = 0.75, times the field's boost. The operations and their order are lunr's, so
// the doubles are identical to what lunr.js computes (and then rounds to 0.001 when it stores them).

/// <summary>lunr's BM25 term score.</summary>
internal static class Bm25
{
    /// <summary>Term frequency saturation, lunr's default.</summary>
    public const double K1 = 1.2;

    /// <summary>Field length normalisation, lunr's default.</summary>
    public const double B = 0.75;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Score(double idf, double termFrequency, double fieldLength, double averageFieldLength, double boost)
    {
        double score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + termFrequency);
        return score * boost;
    }

    /// <summary>lunr's `attributes.boost || 1`: a boost of 0 (or NaN) means no boost.</summary>
    public static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
