using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// Mirrors lunr.Pipeline as lunr.nl (lunr-languages 1.22.0) configures it, with our registered diacritic folding
// (DiacriticFolding, "foldDiacritics") right after the trimmer. Indexing runs every token through trimmer-nl,
// foldDiacritics, stopWordFilter-nl, then stemmer-nl; a token the stop word filter drops goes no further. Searching
// runs trimmer-nl, foldDiacritics and stemmer-nl (lunr.nl sets the search pipeline to trimmer and stemmer), and that
// search pipeline is the only one serialized into the index: lunr.Index.load rebuilds it from the labels, so the
// page registers foldDiacritics first. The indexing pipeline is fixed here, since nothing in the index JSON could
// tell a reader it was different.
// For the builder, the whole pipeline is a pure function of the lowercased token, so its result is cached
// per token: one lookup per token instead of trimming, a stop word lookup and a stem lookup.

/// <summary>The Dutch indexing pipeline (trimmer → stop word filter → stemmer).</summary>
public sealed class Pipeline
{
    private static readonly Term Dropped = new("", -1);

    private readonly DutchStemmer _stemmer;
    private readonly ConcurrentDictionary<string, Term> _tokens = new(OrdinalSpanComparer.Instance);
    private readonly ConcurrentDictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _tokensBySpan;
    private readonly ConcurrentDictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly ThreadLocal<TokenCache> _threadCaches;
    private readonly Lock _byIdLock = new();
    private string[] _textById = new string[1024];
    private int _termCount;

    /// <summary>A pipeline using <paramref name="stemmer"/> (default: the shared, memoized one).</summary>
    public Pipeline(DutchStemmer? stemmer = null)
    {
        _stemmer = stemmer ?? DutchStemmer.Shared;
        _tokensBySpan = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _threadCaches = new ThreadLocal<TokenCache>(() => new TokenCache(this));
    }

    /// <summary>The pipeline shared by builders that are not given one, so its caches outlive a build.</summary>
    public static Pipeline Shared { get; } = new();

    /// <summary>The calling thread's cache in front of <see cref="Process"/>; it lives as long as the pipeline.</summary>
    internal TokenCache ThreadCache => _threadCaches.Value!;

    /// <summary>An upper bound of the term ids handed out so far.</summary>
    internal int TermIdLimit => Volatile.Read(ref _termCount);

    /// <summary>The text of the term with id <paramref name="id"/> (analysed terms are kept as ids).</summary>
    internal string TermText(int id)
    {
        lock (_byIdLock)
        {
            return _textById[id];
        }
    }

    /// <summary>The labels of the indexing pipeline, in order.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [DutchTrimmer.Label, DiacriticFolding.Label, DutchStopWordFilter.Label, DutchStemmer.Label];

    /// <summary>The labels of the search pipeline, which is what the index JSON's "pipeline" holds.</summary>
    public static IReadOnlyList<string> SearchLabels { get; } =
        [DutchTrimmer.Label, DiacriticFolding.Label, DutchStemmer.Label];

    /// <summary>Runs tokens through the pipeline like lunr.Pipeline#run, keeping their metadata.</summary>
    public List<Token> Run(IEnumerable<Token> tokens)
    {
        var result = new List<Token>();
        foreach (Token token in tokens)
        {
            Token trimmed = DiacriticFolding.Run(DutchTrimmer.Run(token));
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
    /// The term one lowercased token is indexed under, or null when it is dropped; the builder's fast path.
    /// Returns the same <see cref="Term"/> instance for the same term text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Term? Process(ReadOnlySpan<char> token)
    {
        if (!_tokensBySpan.TryGetValue(token, out Term? term))
        {
            term = _tokens.GetOrAdd(token.ToString(), ProcessUncached(token));
        }

        return ReferenceEquals(term, Dropped) ? null : term;
    }

    private Term ProcessUncached(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> trimmed = DutchTrimmer.Trim(token);
        if (DiacriticFolding.FoldOrNull(trimmed) is { } folded)
        {
            trimmed = folded;
        }

        if (DutchStopWordFilter.IsStopWord(trimmed))
        {
            return Dropped;
        }

        string stem = _stemmer.Stem(trimmed);
        if (_terms.TryGetValue(stem, out Term? term))
        {
            return term;
        }

        term = _terms.GetOrAdd(stem, text => new Term(text, Interlocked.Increment(ref _termCount) - 1));
        lock (_byIdLock)
        {
            if (term.Id >= _textById.Length)
            {
                Array.Resize(ref _textById, Math.Max(term.Id + 1, _textById.Length * 2));
            }

            _textById[term.Id] = term.Text;
        }

        return term;
    }
}
