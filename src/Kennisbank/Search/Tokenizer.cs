using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kennisbank.Search;

// Mirrors lunr.tokenizer with the separator the site sets (templates/assets/search/query-grammar.js SEPARATOR,
// /[^\p{L}\p{M}\p{N}]/u): text is lowercased (JavaScript's toLowerCase) and split on every UTF-16 code unit that is
// not a letter, combining mark or digit, so "pesten/incidenten", "ouders,leerlingen" and "havo-vwo" become two tokens
// each. lunr tests one code unit at a time, so a surrogate (half of a character outside the BMP) separates too.
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

    // Every code unit that is not a separator, for vectorized searching.
    private static readonly SearchValues<char> WordCharacters = SearchValues.Create(AllWordCharacters());

    /// <summary>
    /// True for a UTF-16 code unit that is not a letter (L), combining mark (M) or number (N), as JavaScript's
    /// /[^\p{L}\p{M}\p{N}]/u judges one code unit; a surrogate code unit is a separator.
    /// </summary>
    public static bool IsSeparator(char c) => !IsWordCharacter(c);

    // Letters and marks of Unicode 16 that JavaScript's engine (Node 20's ICU, and Chromium) already knows and .NET 10's
    // character tables do not yet. The test over all 65,536 code units (TokenizerTests) names any further difference
    // when either side updates Unicode.
    private static bool IsNewerThanDotNet(char c) =>
        c is '\u088F' or '\u0C5C' or '\u0CDC' or (>= '\u1ACF' and <= '\u1ADD') or (>= '\u1AE0' and <= '\u1AEB')
            or '\uA7CE' or '\uA7CF' or '\uA7D2' or '\uA7D4' or '\uA7F1';

    private static bool IsWordCharacter(char c) => IsNewerThanDotNet(c) || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static string AllWordCharacters()
    {
        var characters = new StringBuilder();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (IsWordCharacter((char)c))
            {
                characters.Append((char)c);
            }
        }

        return characters.ToString();
    }

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
            int skip = _text[_next..].IndexOfAny(WordCharacters);
            if (skip < 0)
            {
                _next = _text.Length;
                return false;
            }

            int start = _next + skip;
            int length = _text[start..].IndexOfAnyExcept(WordCharacters);
            int end = length < 0 ? _text.Length : start + length;
            Current = new Range(start, end);
            _next = end;
            return true;
        }
    }
}
