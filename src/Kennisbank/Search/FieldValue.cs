namespace Kennisbank.Search;

// The value of one field of one document. lunr treats strings and arrays differently: a string is split
// on whitespace and hyphens, while every element of an array becomes exactly one token, unsplit
// (so the tag "sociale veiligheid" is a single term). This type keeps that distinction explicit.

/// <summary>The value of a document field: running text, or a list whose elements are single tokens.</summary>
public sealed class FieldValue
{
    private FieldValue(string? text, IReadOnlyList<string>? items)
    {
        TextValue = text;
        Items = items;
    }

    /// <summary>Running text, split into tokens by the <see cref="Tokenizer"/>; null when this is a list.</summary>
    public string? TextValue { get; }

    /// <summary>List elements, each one token (lunr's array case); null when this is text.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>Running text; null is indexed as an empty field, as lunr does.</summary>
    public static FieldValue Text(string? text) => new(text ?? "", null);

    /// <summary>A list whose elements are indexed as one token each (lunr tokenizes arrays per element).</summary>
    public static FieldValue List(IEnumerable<string?> items) =>
        new(null, items.Select(item => item ?? "").ToArray());

    /// <summary>
    /// This value with only the tokens whose term (after the pipeline) has one of the ids <paramref name="termIds"/>: text
    /// becomes its kept tokens (lowercased, as lunr's tokenizer sees them) joined by spaces, a list its kept items.
    /// </summary>
    internal FieldValue Only(IEnumerable<int> termIds, Pipeline pipeline)
    {
        var ids = termIds.ToHashSet();
        TokenCache cache = pipeline.ThreadCache;
        bool Kept(ReadOnlySpan<char> token) => cache.Get(token) is { } term && ids.Contains(term.Id);

        if (Items is { } items)
        {
            return List(items.Where(item => Kept(JavaScriptCase.ToLower(item))));
        }

        string text = JavaScriptCase.ToLower(TextValue ?? "");
        var kept = new List<string>();
        foreach (Range range in new Tokenizer.TokenRanges(text))
        {
            if (Kept(text.AsSpan(range)))
            {
                kept.Add(text[range]);
            }
        }

        return Text(string.Join(' ', kept));
    }
}
