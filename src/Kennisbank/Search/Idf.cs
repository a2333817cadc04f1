namespace Kennisbank.Search;

// Mirrors lunr.idf, the inverse document frequency of a term:
//   idf = log(1 + |(N - df + 0.5) / (df + 0.5)|)
// where N is the number of documents and df counts (field, document) pairs in the term's posting, so a
// document that has the term in two fields counts twice, as in lunr. The log is V8's, bit for bit.

/// <summary>lunr's inverse document frequency.</summary>
public static class Idf
{
    /// <summary>The idf of a term found in <paramref name="documentsWithTerm"/> field postings.</summary>
    public static double Compute(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JavaScriptMath.Log(1 + Math.Abs(x));
    }
}
