namespace Kennisbank.Search;

// Mirrors lunr.Vector as the builder uses it: a sparse vector of one document field, as pairs
// (term index, score) sorted by term index, serialized flat as [index, score, index, score, ...].
// lunr rounds each score to three decimals with Math.round(score * 1000) / 1000 before storing it, so the
// vector keeps that integer n = Math.round(score * 1000): the score is n / 1000, and JSON can be written
// from n exactly and quickly. The builder keeps only the inverted index, whose postings carry the same
// scores; LunrIndex derives the vectors from it when the whole index is written.

/// <summary>The sparse term-score vector of one field of one document.</summary>
public sealed class FieldVector
{
    internal FieldVector(int[] termIndices, int[] thousandths)
    {
        TermIndices = termIndices;
        Thousandths = thousandths;
    }

    internal static FieldVector Empty { get; } = new([], []);

    /// <summary>Term indices in ascending order.</summary>
    internal int[] TermIndices { get; }

    /// <summary>Math.round(score * 1000) for TermIndices[i].</summary>
    internal int[] Thousandths { get; }

    /// <summary>Number of non-zero elements.</summary>
    public int Count => TermIndices.Length;

    /// <summary>The stored (rounded) score of element <paramref name="i"/>, as lunr holds it.</summary>
    public double ScoreAt(int i) => Thousandths[i] / 1000.0;

    /// <summary>The term index of element <paramref name="i"/>.</summary>
    public int TermIndexAt(int i) => TermIndices[i];
}
