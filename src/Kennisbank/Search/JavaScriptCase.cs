using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kennisbank.Search;

// lunr lowercases every field with JavaScript's String.prototype.toLowerCase, which uses the full Unicode
// mapping of the engine's Unicode version. .NET's ToLowerInvariant agrees for every code point but a
// handful (measured against Node 20 over all of Unicode): U+0130 'İ' becomes "i̇" (two chars) in JS,
// Σ becomes final ς at the end of a word, and a few Unicode 16 letters that .NET does not know yet.
// Only text containing one of those takes the slow path.

/// <summary>JavaScript-compatible <c>toLowerCase</c>.</summary>
internal static class JavaScriptCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    // Characters whose JavaScript lowercase differs from ToLowerInvariant; U+D81B leads the surrogate
    // pairs of U+16EA0..U+16EB8, which lowercase to U+16EBB..U+16ED3.
    private static readonly SearchValues<char> Special =
        SearchValues.Create("\u0130\u03A3\uA7CE\uA7D2\uA7D4\uD81B");

    /// <summary>Lowercases <paramref name="s"/> exactly as JavaScript's toLowerCase does.</summary>
    public static string ToLower(string s)
    {
        string lower = s.ToLowerInvariant();
        return s.AsSpan().IndexOfAny(Special) < 0 ? lower : ToLowerSlow(s);
    }

    /// <summary>
    /// Lowercases <paramref name="s"/> like <see cref="ToLower(string)"/>, into <paramref name="scratch"/> (grown
    /// when too small) instead of a new string: a whole article body is lowercased before it is split into tokens.
    /// </summary>
    public static ReadOnlySpan<char> ToLower(string s, ref char[] scratch)
    {
        if (s.AsSpan().IndexOfAny(Special) >= 0)
            return ToLowerSlow(s);
        if (scratch.Length < s.Length)
            scratch = new char[Math.Max(s.Length, scratch.Length * 2)];
        return scratch.AsSpan(0, s.AsSpan().ToLowerInvariant(scratch));
    }

    private static string ToLowerSlow(string s)
    {
        var sb = new StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case CapitalIWithDot:
                    sb.Append("i\u0307");
                    continue;
                case CapitalSigma:
                    sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
                    continue;
                case '\uA7CE' or '\uA7D2' or '\uA7D4':
                    sb.Append((char)(c + 1));
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (cp is >= 0x16EA0 and <= 0x16EB8)
                {
                    sb.Append(char.ConvertFromUtf32(cp + 0x1B));
                }
                else
                {
                    sb.Append(s.AsSpan(i, 2).ToString().ToLowerInvariant());
                }

                i++;
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    // Unicode's Final_Sigma context: a cased letter before (skipping case-ignorables) and none after.
    // Cased and case-ignorable are approximated from general categories, which covers real text.
    private static bool IsFinalSigma(string s, int at)
    {
        int i = at - 1;
        while (i >= 0 && IsCaseIgnorable(s[i]))
        {
            i--;
        }

        if (i < 0 || !IsCased(s[i]))
        {
            return false;
        }

        int j = at + 1;
        while (j < s.Length && IsCaseIgnorable(s[j]))
        {
            j++;
        }

        return j >= s.Length || !IsCased(s[j]);
    }

    private static bool IsCased(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2018' or '\u2019' or '\u2024' or '\u2027'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
