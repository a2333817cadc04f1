using System.Buffers;

namespace Kennisbank.Search;

// Mirrors lunr.tokenizer. Text is lowercased (JavaScript's toLowerCase) and split on runs of
// lunr.tokenizer.separator, /[\s\-]+/: JavaScript whitespace and the ASCII hyphen, so "havo-vwo" becomes
// two tokens. Everything else, punctuation included, stays in the token for the trimmer to remove.
// List values are not split: every element becomes one lowercased token, exactly like lunr's array case.

/// <summary>Splits field values into lowercased tokens the way lunr.tokenizer does.</summary>
public static class Tokenizer
{
    /// <summary>The tokens of a field value, with lunr's position and index metadata for text.</summary>
    public static List<Token> Tokenize(FieldValue? value)
    {
        var tokens = new List<Token>();
        if (value is null)
        {
            return tokens;
        }

        if (value.Items is { } items)
        {
            foreach (string item in items)
            {
                tokens.Add(new Token(JavaScriptCase.ToLower(item)));
            }

            return tokens;
        }

        string text = JavaScriptCase.ToLower(value.TextValue ?? "");
        foreach (Range range in new TokenRanges(text))
        {
            (int start, int length) = range.GetOffsetAndLength(text.Length);
            tokens.Add(new Token(text.Substring(start, length), start, length, tokens.Count));
        }

        return tokens;
    }

    /// <summary>Tokenizes running text (convenience for <see cref="FieldValue.Text"/>).</summary>
    public static List<Token> Tokenize(string text) => Tokenize(FieldValue.Text(text));

    // The same set as IsSeparator, for vectorized searching.
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        " -\t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A" +
        "\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>
    /// True for the characters of JavaScript's \s (WhiteSpace and LineTerminator) and '-'. This differs
    /// from char.IsWhiteSpace: U+FEFF is included, U+0085 is not.
    /// </summary>
    public static bool IsSeparator(char c) => c switch
    {
        ' ' or '-' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        < '\u00A0' => false,
        '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>
    /// Enumerates the token ranges of already lowercased text without allocating: the builder's fast path.
    /// </summary>
    internal ref struct TokenRanges(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public Range Current { get; private set; }

        public readonly TokenRanges GetEnumerator() => this;

        public bool MoveNext()
        {
            int skip = _text[_next..].IndexOfAnyExcept(Separators);
            if (skip < 0)
            {
                _next = _text.Length;
                return false;
            }

            int start = _next + skip;
            int length = _text[start..].IndexOfAny(Separators);
            int end = length < 0 ? _text.Length : start + length;
            Current = new Range(start, end);
            _next = end;
            return true;
        }
    }
}
