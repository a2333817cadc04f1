using System.Collections.Concurrent;

namespace Kennisbank.Search;

// Mirrors lunr.nl.stemmer, lunr-languages' port of the Snowball Dutch stemmer; the algorithm itself is in
// DutchStemming. Indexing stems the same words over and over, so results are memoized in a thread-safe cache keyed by
// word, and every distinct stem is one shared string instance (the builder relies on that to compare
// terms by reference).

/// <summary>The Dutch Snowball stemmer of lunr-languages, memoized and thread-safe.</summary>
public sealed class DutchStemmer
{
    /// <summary>The pipeline label lunr registers this function under.</summary>
    public const string Label = "stemmer-nl";

    /// <summary>The process-wide instance; its cache is shared by every builder.</summary>
    public static DutchStemmer Shared { get; } = new();

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    public DutchStemmer()
    {
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct words stemmed so far.</summary>
    public int CachedWords => _cache.Count;

    /// <summary>The stem of a lowercase word.</summary>
    public string Stem(string word) =>
        _cache.TryGetValue(word, out string? stem) ? stem : AddToCache(word);

    /// <summary>The stem of a lowercase word given as a span; allocates only the first time a word is seen.</summary>
    public string Stem(ReadOnlySpan<char> word) =>
        _cacheBySpan.TryGetValue(word, out string? stem) ? stem : AddToCache(word.ToString());

    /// <summary>The pipeline function: the token with its text stemmed.</summary>
    public Token Run(Token token) => token.WithValue(Stem(token.Value));

    /// <summary>Stems without the cache; the algorithm itself.</summary>
    public static string StemUncached(string word) => new DutchStemming(word).Stem();

    private string AddToCache(string word)
    {
        string stem = StemUncached(word);
        stem = _stems.GetOrAdd(stem, stem);
        return _cache.GetOrAdd(word, stem);
    }
}
