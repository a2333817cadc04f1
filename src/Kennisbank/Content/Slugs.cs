using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kennisbank.Content;

/// <summary>
/// URL slugs: lowercase ASCII words joined by hyphens. File names and tags are transliterated
/// (ë→e, ï→i, ĳ→ij …) so that "ideeën" and "ideeen" end up at the same URL, which is also why
/// duplicate slugs are checked after this step and not before.
/// </summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string slug) => Pattern().IsMatch(slug);

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            // Accents (a decomposed "ë") and invisible format characters (soft hyphen, zero-width space, ZWJ, bidi
            // marks) belong to the word: "pes\u00ADten" is the tag "pesten", not a look-alike page "pes-ten".
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            var ascii = Transliterate(char.ToLowerInvariant(c));
            if (ascii.Length > 0)
            {
                if (pendingHyphen && builder.Length > 0)
                    builder.Append('-');
                builder.Append(ascii);
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '’')
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A label as pages show it: invisible format characters removed (so a tag with a zero-width space or soft hyphen
    /// is the same tag, with the same label, as the one without), accents composed (NFC), trimmed.
    /// </summary>
    public static string CleanLabel(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                builder.Append(c);
        }

        return LatinComposition.Compose(builder.ToString().Trim());
    }

    /// <summary>ASCII for a letter or digit (lowercase), or "" for anything that separates words.</summary>
    private static string Transliterate(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
            return Ascii[c];
        if (c >= LatinFirst && c - LatinFirst < Latin.Length)
            return Latin[c - LatinFirst];
        return "";
    }

    // Every heading id and tag is made letter by letter: one string per ASCII character, made once.
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    // ASCII for U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), from their Unicode decompositions plus the
    // usual spellings of letters that have none (ß→ss, æ→ae, ø→o, ĳ→ij). A table rather than string.Normalize, because
    // the invariant-globalization runtime does not decompose, and because a slug must never change with an ICU upgrade.
    private const char LatinFirst = '\u00C0';

    private static readonly string[] Latin =
        "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s".Split('|');
}
