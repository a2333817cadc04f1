namespace Kennisbank.Search;

// Mirrors lunr.nl.trimmer of lunr-languages 1.22.0 (trimmerSupport.generateTrimmer with lunr.nl.wordCharacters
// plus the ASCII digits, which 1.22.0 added "to keep parity with lunr's default trimmer"): strips every leading
// and trailing character that is not a word character, so "(school)," becomes "school", "2028." becomes "2028"
// and "12%" becomes "12"; a token of only punctuation becomes "", which the stop word filter drops. The ranges
// are lunr.nl.wordCharacters verbatim, read as UTF-16 code units as the JavaScript regex (without the u flag)
// does; characters inside a token are never touched. Other digits (Arabic-Indic, fullwidth) are still trimmed.

/// <summary>The Dutch trimmer: removes non-word characters from both ends of a token.</summary>
public static class DutchTrimmer
{
    /// <summary>The pipeline label lunr registers this function under.</summary>
    public const string Label = "trimmer-nl";

    /// <summary>lunr.nl.wordCharacters and the ASCII digits, as ranges "first-last" or single chars.</summary>
    internal const string WordCharacters =
        "0-9A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u02E0-\u02E4\u1D00-\u1D25\u1D2C-\u1D5C" +
        "\u1D62-\u1D65\u1D6B-\u1D77\u1D79-\u1DBE\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132" +
        "\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A" +
        "\uAB5C-\uAB64\uFB00-\uFB06\uFF21-\uFF3A\uFF41-\uFF5A";

    // One bit per UTF-16 code unit.
    private static readonly ulong[] WordBits = BuildWordBits();

    /// <summary>True if <paramref name="c"/> is a character the trimmer keeps (lunr.nl.wordCharacters or 0-9).</summary>
    public static bool IsWordCharacter(char c) => (WordBits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Trims non-word characters from both ends of <paramref name="token"/>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0;
        while (start < token.Length && !IsWordCharacter(token[start]))
        {
            start++;
        }

        int end = token.Length;
        while (end > start && !IsWordCharacter(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>Trims a token string; returns the same instance when nothing is removed.</summary>
    public static string Trim(string token)
    {
        ReadOnlySpan<char> trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    /// <summary>The pipeline function: the token with its text trimmed.</summary>
    public static Token Run(Token token) => token.WithValue(Trim(token.Value));

    private static ulong[] BuildWordBits()
    {
        var bits = new ulong[65536 / 64];
        string s = WordCharacters;
        for (int i = 0; i < s.Length; i++)
        {
            char first = s[i];
            char last = first;
            if (i + 2 < s.Length && s[i + 1] == '-')
            {
                last = s[i + 2];
                i += 2;
            }

            for (int c = first; c <= last; c++)
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }
}
