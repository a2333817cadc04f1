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
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var ascii = Transliterate(char.ToLowerInvariant(c));
            if (ascii.Length > 0 && ascii.All(char.IsAsciiLetterOrDigit))
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

    private static string Transliterate(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        'ĳ' => "ij",
        _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
        _ => "",
    };
}
