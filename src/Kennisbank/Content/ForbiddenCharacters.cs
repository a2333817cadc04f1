using System.Globalization;
using Kennisbank.Diagnostics;

namespace Kennisbank.Content;

/// <summary>
/// Characters no text of the kennisbank may hold, wherever it comes from (an article file, a YAML escape such as
/// <c>"\u0001"</c>): control characters other than tab and line ends (invalid in XML, so they broke the Atom feed,
/// and invalid in HTML), the non-characters U+FFFE/U+FFFF/U+FDD0–U+FDEF, lone surrogates, and the bidi embedding,
/// override and isolate controls (U+202A–U+202E, U+2066–U+2069) that make text display in another order than it
/// reads ("Trojan source"). They are invisible in an editor, so the error says which one and where.
/// </summary>
public static class ForbiddenCharacters
{
    private const int MaxReportsPerFile = 10;

    public static bool IsForbidden(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c))
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' or '\u007F' => true,
            >= '\u0080' and <= '\u009F' => true,
            >= '\u202A' and <= '\u202E' => true,
            >= '\u2066' and <= '\u2069' => true,
            >= '\uFDD0' and <= '\uFDEF' => true,
            '\uFFFE' or '\uFFFF' => true,
            _ => false,
        };
    }

    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int IndexOf(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text, i))
                return i;
        }

        return -1;
    }

    /// <summary>Reports each forbidden character of a file's text at its line and column (at most ten); false if there was one.</summary>
    public static bool Report(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var reported = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length && reported < MaxReportsPerFile; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (IsForbidden(text, i))
            {
                diagnostics.Error(ErrorCodes.ForbiddenCharacter, new SourceLocation(displayPath, line, i - lineStart + 1),
                    $"{Describe(text[i])} in het bestand; verwijder het (het is onzichtbaar in de meeste editors en hoort niet in HTML, XML of JSON)");
                reported++;
            }
        }

        return reported == 0;
    }

    /// <summary>"stuurteken U+0001", "richtingsteken U+202E", …: what the editor has to look for.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return c switch
        {
            >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => $"onzichtbaar richtingsteken {code}",
            _ when char.IsSurrogate(c) => $"losse surrogaathelft {code} (geen geldig teken)",
            >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' => $"niet-teken {code}",
            _ => $"onzichtbaar stuurteken {code}",
        };
    }
}
