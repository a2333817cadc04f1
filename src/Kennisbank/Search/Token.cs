namespace Kennisbank.Search;

// Mirrors lunr.Token: a string travelling through the pipeline, plus the metadata the tokenizer gives it.
// lunr records a token's [start, length] position and its index among the tokens of the field; array
// elements get neither. The index stores no metadata (lunr's metadata whitelist is empty), so this type
// is used by the readable, token-at-a-time API; the builder's fast path works on spans instead.

/// <summary>A token: its (lowercased, possibly trimmed or stemmed) text and where it came from.</summary>
/// <param name="Value">The token text.</param>
/// <param name="Start">Offset in the lowercased field text, or -1 for a list element.</param>
/// <param name="Length">Length of the original slice, or -1 for a list element.</param>
/// <param name="Index">Position among the field's tokens, or -1 for a list element.</param>
public readonly record struct Token(string Value, int Start = -1, int Length = -1, int Index = -1)
{
    /// <summary>The same token with its text replaced, keeping the metadata (lunr.Token#update).</summary>
    public Token WithValue(string value) => this with { Value = value };

    public override string ToString() => Value;
}
