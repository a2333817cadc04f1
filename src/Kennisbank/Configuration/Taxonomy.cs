namespace Kennisbank.Configuration;

/// <summary>
/// A configured taxonomy: the allowed keys in the order kennisbank.yml lists them (that order is the display order).
/// </summary>
public sealed class Taxonomy(string name, IReadOnlyList<TaxonomyTerm> terms)
{
    private readonly Dictionary<string, TaxonomyTerm> _byKey = terms.ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The configuration key, e.g. <c>themes</c>.</summary>
    public string Name => name;

    public IReadOnlyList<TaxonomyTerm> Terms => terms;

    public IEnumerable<string> Keys => terms.Select(t => t.Key);

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public TaxonomyTerm this[string key] => _byKey[key];
}
