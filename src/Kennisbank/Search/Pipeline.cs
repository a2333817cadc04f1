namespace Kennisbank.Search;

// Mirrors lunr.Pipeline as lunr.nl configures it. Indexing runs every token through trimmer-nl, then
// stopWordFilter-nl, then stemmer-nl; a token the stop word filter drops goes no further. Searching runs
// only stemmer-nl (lunr.nl resets the search pipeline to the stemmer alone), and that search pipeline is
// the only one serialized into the index: lunr.Index.load rebuilds it from the labels. The indexing
// pipeline is fixed here, since nothing in the index JSON could tell a reader it was different.

/// <summary>The Dutch indexing pipeline (trimmer → stop word filter → stemmer).</summary>
public sealed class Pipeline
{
    private readonly DutchStemmer _stemmer;

    /// <summary>A pipeline using <paramref name="stemmer"/> (default: the shared, memoized one).</summary>
    public Pipeline(DutchStemmer? stemmer = null)
    {
        _stemmer = stemmer ?? DutchStemmer.Shared;
    }

    /// <summary>The labels of the indexing pipeline, in order.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [DutchTrimmer.Label, DutchStopWordFilter.Label, DutchStemmer.Label];

    /// <summary>The labels of the search pipeline, which is what the index JSON's "pipeline" holds.</summary>
    public static IReadOnlyList<string> SearchLabels { get; } = [DutchStemmer.Label];

    /// <summary>Runs tokens through the pipeline like lunr.Pipeline#run, keeping their metadata.</summary>
    public List<Token> Run(IEnumerable<Token> tokens)
    {
        var result = new List<Token>();
        foreach (Token token in tokens)
        {
            Token trimmed = DutchTrimmer.Run(token);
            if (DutchStopWordFilter.Run(trimmed) is { } kept)
            {
                result.Add(_stemmer.Run(kept));
            }
        }

        return result;
    }

    /// <summary>The indexing pipeline on one string (lunr.Pipeline#runString).</summary>
    public List<string> RunString(string token) =>
        Run([new Token(token)]).Select(t => t.Value).ToList();

    /// <summary>
    /// The term one lowercased token is indexed under, or null when it is dropped; the fast path the builder
    /// uses. Returns the stemmer's shared instance for each distinct term.
    /// </summary>
    public string? Process(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> trimmed = DutchTrimmer.Trim(token);
        return DutchStopWordFilter.IsStopWord(trimmed) ? null : _stemmer.Stem(trimmed);
    }
}
