namespace Kennisbank.Search;

// Mirrors lunr.Vector as the builder uses it: a sparse vector of one document field, as pairs
// (term index, score) sorted by term index, serialized flat as [index, score, index, score, ...].
// lunr rounds each score to three decimals with Math.round(score * 1000) / 1000 before storing it, so the
// vector keeps that integer n = Math.round(score * 1000): the score is n / 1000, and JSON can be written
// from n exactly and quickly.

/// <summary>The sparse term-score vector of one field of one document.</summary>
public sealed class FieldVector
{
    internal FieldVector(int[] termIndices, long[] thousandths)
    {
        TermIndices = termIndices;
        Thousandths = thousandths;
    }

    internal static FieldVector Empty { get; } = new([], []);

    /// <summary>Term indices in ascending order.</summary>
    internal int[] TermIndices { get; }

    /// <summary>Math.round(score * 1000) for TermIndices[i].</summary>
    internal long[] Thousandths { get; }

    /// <summary>Number of non-zero elements.</summary>
    public int Count => TermIndices.Length;

    /// <summary>The stored (rounded) score of element <paramref name="i"/>, as lunr holds it.</summary>
    public double ScoreAt(int i) => Thousandths[i] / 1000.0;

    /// <summary>The term index of element <paramref name="i"/>.</summary>
    public int TermIndexAt(int i) => TermIndices[i];

    /// <summary>Builds a vector from unsorted (term index, score) pairs, rounding scores as lunr does.</summary>
    internal static FieldVector FromScores(int[] termIndices, double[] scores)
    {
        if (termIndices.Length == 0)
        {
            return Empty;
        }

        var thousandths = new long[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            thousandths[i] = (long)JavaScriptMath.Round(scores[i] * 1000);
        }

        Array.Sort(termIndices, thousandths);
        return new FieldVector(termIndices, thousandths);
    }
}
