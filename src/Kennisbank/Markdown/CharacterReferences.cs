using System.Globalization;
using System.Text.RegularExpressions;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// A character reference (<c>&amp;#1;</c>, <c>&amp;#x202E;</c>, <c>&amp;#xFFFE;</c>) is the one way left to put a
/// forbidden character (<see cref="ForbiddenCharacters"/>) into a page once the file itself is clean: Markdig and the
/// HTML sanitizer decode it and write the character as it is. Each is a located error, in Markdown text and in raw HTML.
/// </summary>
internal static partial class CharacterReferences
{
    [GeneratedRegex("&#(?:[xX](?<hex>[0-9A-Fa-f]{1,8})|(?<dec>[0-9]{1,10}));?")]
    private static partial Regex NumericReference();

    public static void Check(MarkdownDocument document, ArticleSource source, DiagnosticBag diagnostics)
    {
        foreach (var entity in document.Descendants<HtmlEntityInline>())
        {
            var text = entity.Transcoded.ToString();
            if (text.Length > 0 && ForbiddenCharacters.IndexOf(text) is var i and >= 0)
                Report(source, entity.Line, entity.Column, entity.Original.ToString(), text[i], diagnostics);
        }

        foreach (var block in document.Descendants<HtmlBlock>())
        {
            for (var l = 0; l < block.Lines.Count; l++)
                CheckRaw(block.Lines.Lines[l].Slice.ToString(), block.Line + l, block.Lines.Lines[l].Column, source, diagnostics);
        }

        foreach (var inline in document.Descendants<HtmlInline>())
            CheckRaw(inline.Tag, inline.Line, inline.Column, source, diagnostics);
    }

    private static void CheckRaw(string html, int line, int column, ArticleSource source, DiagnosticBag diagnostics)
    {
        foreach (Match match in NumericReference().Matches(html))
        {
            var code = match.Groups["hex"].Success
                ? long.Parse(match.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : long.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture);
            var forbidden = code is 0 or > 0x10FFFF || code < 0x10000 && ForbiddenCharacters.IndexOf(((char)code).ToString()) == 0;
            if (forbidden)
                Report(source, line, column + match.Index, match.Value, code is > 0 and < 0x10000 ? (char)code : '\uFFFF', diagnostics);
        }
    }

    private static void Report(ArticleSource source, int line, int column, string reference, char character, DiagnosticBag diagnostics) =>
        diagnostics.Error(ErrorCodes.ForbiddenCharacterReference, new SourceLocation(source.DisplayPath, source.BodyFirstLine + line, column + 1),
            $"'{reference}' staat voor een {ForbiddenCharacters.Describe(character)}; haal het weg (het hoort niet in HTML, XML of JSON)");
}
