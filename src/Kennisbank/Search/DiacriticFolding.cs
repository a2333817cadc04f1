namespace Kennisbank.Search;

// Our own lunr pipeline function "foldDiacritics" (templates/assets/search/diacritics.js registers it in the
// browser and in the node tools): Latin letters lose their diacritics, so "Wâldwei", "enquête" and "Ærø" are
// indexed as "waldwei", "enquete" and "aero", and typing them either way finds the same articles. It runs right
// after the Dutch trimmer in both pipelines; in the search pipeline it is what makes lunr.Index.load need the page
// to register it. Per UTF-16 code unit: a combining mark (U+0300-U+036F) is removed, a letter in
// DiacriticFoldingTable becomes its ASCII spelling, everything else stays.

/// <summary>Folds Latin diacritics to ASCII, as the registered lunr function "foldDiacritics" does.</summary>
public static class DiacriticFolding
{
    /// <summary>The pipeline label the page and the node tools register the function under.</summary>
    public const string Label = "foldDiacritics";

    private static readonly string?[] Folded = BuildTable();

    /// <summary>True if <paramref name="c"/> is changed by folding.</summary>
    public static bool Changes(char c) => c >= '\u0080' && Folded[c] is not null;

    /// <summary>The folded text, or null when nothing in <paramref name="text"/> folds (the common case).</summary>
    public static string? FoldOrNull(ReadOnlySpan<char> text)
    {
        int first = IndexOfFolding(text);
        if (first < 0)
        {
            return null;
        }

        var result = new System.Text.StringBuilder(text.Length);
        result.Append(text[..first]);
        foreach (char c in text[first..])
        {
            if (Changes(c))
            {
                result.Append(Folded[c]);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The folded text; the same instance when nothing folds.</summary>
    public static string Fold(string text) => FoldOrNull(text) ?? text;

    /// <summary>The pipeline function: the token with its text folded.</summary>
    public static Token Run(Token token) => token.WithValue(Fold(token.Value));

    private static int IndexOfFolding(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (Changes(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[65536];
        for (int mark = 0x300; mark <= 0x36F; mark++)
        {
            table[mark] = "";
        }

        foreach ((char letter, string folded) in DiacriticFoldingTable.Letters)
        {
            table[letter] = folded;
        }

        return table;
    }
}
