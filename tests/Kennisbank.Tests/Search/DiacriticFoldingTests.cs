using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// Our registered pipeline function "foldDiacritics" (DiacriticFolding in C#, templates/assets/search/diacritics.js
// in the browser and the node tools): what folds and what does not, then every UTF-16 code unit against the
// JavaScript function the real lunr.js runs.

public sealed class DiacriticFoldingTests
{
    [Theory]
    [InlineData("wâldwei", "waldwei")]
    [InlineData("enquête", "enquete")]
    [InlineData("coördinatie", "coordinatie")]
    [InlineData("ideeën", "ideeen")]
    [InlineData("è é ê ë ē ė ę ě", "e e e e e e e e")]
    [InlineData("à á â ã ä å ā ă ą", "a a a a a a a a a")]
    [InlineData("ï í ì î ı ü ú ù û ů ű ç č ñ ń ý ÿ š ž ş ţ ğ", "i i i i i u u u u u u c c n n y y s z s t g")]
    [InlineData("ø æ œ ß ĳ ł đ ð þ ŀ ħ ŧ ſ", "o ae oe ss ij l d d th l h t s")]
    [InlineData("ØÆŒĲŁ", "OAEOEIJL")]
    [InlineData("e\u0301e\u0301n", "een")]
    [InlineData("ḁẽỳ", "aey")]
    [InlineData("school 2024 10-14", "school 2024 10-14")]
    [InlineData("αβγ ά школа й", "αβγ ά школа й")]
    [InlineData("", "")]
    public void Folds_latin_diacritics_only(string text, string expected) =>
        Assert.Equal(expected, DiacriticFolding.Fold(text));

    [Fact]
    public void Unchanged_text_keeps_its_instance()
    {
        string text = "leerlingen";
        Assert.Same(text, DiacriticFolding.Fold(text));
    }

    [Theory]
    [InlineData("Wâldwei", "Waldwei")]
    [InlineData("enquête", "enquete")]
    [InlineData("Ærø", "aero")]
    [InlineData("façade", "facade")]
    public void Both_spellings_give_the_same_term(string accented, string plain) =>
        Assert.Equal(Pipeline.Shared.RunString(plain.ToLowerInvariant()), Pipeline.Shared.RunString(accented.ToLowerInvariant()));

    [Fact]
    public void Every_code_unit_folds_like_the_registered_lunr_function()
    {
        var tokens = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            tokens.Add($"a{(char)c}b{(char)c}");
        }

        JsonElement lunr = LunrNode.RunJson("analyze.js", new { tokens }).GetProperty("tokens");
        var mismatches = new List<string>();
        int folded = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string expected = lunr[i].GetProperty("folded").GetString()!;
            string actual = DiacriticFolding.Fold(tokens[i]);
            folded += actual == tokens[i] ? 0 : 1;
            if (expected != actual)
            {
                mismatches.Add($"U+{(int)tokens[i][1]:X4}: lunr '{expected}', ours '{actual}'");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, first: {string.Join("; ", mismatches.Take(10))}");
        Assert.InRange(folded, 600, 700);
    }
}
