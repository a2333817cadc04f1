using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// Mirrors lunr's test/trimmer_test.js for lunr.nl's trimmer, then checks every UTF-16 code unit against
// lunr.nl.trimmer (as leading, trailing and inner character) and every token of the corpus.

public sealed class TrimmerTests
{
    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("hello.", "hello")]
    [InlineData("it's", "it's")]
    [InlineData("james'", "james")]
    [InlineData("stop!", "stop")]
    [InlineData("first,", "first")]
    [InlineData("[tag]", "tag")]
    [InlineData("«ideeën»", "ideeën")]
    [InlineData("(vo-raad)", "vo-raad")]
    [InlineData("2028", "2028")]
    [InlineData("(2028).", "2028")]
    [InlineData("12%", "12")]
    [InlineData("x2", "x2")]
    [InlineData("10-14", "10-14")]
    [InlineData("\u0663", "")]
    [InlineData("%", "")]
    [InlineData("", "")]
    public void Trims_non_word_characters_from_both_ends(string token, string expected) =>
        Assert.Equal(expected, DutchTrimmer.Trim(token));

    [Fact]
    public void Every_code_unit_and_corpus_token_trims_like_lunr()
    {
        var tokens = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            // Surrogates travel as valid pairs: JSON input cannot carry lone ones (they become U+FFFD).
            string ch = c switch
            {
                >= 0xD800 and <= 0xDBFF => $"{(char)c}\uDC00",
                >= 0xDC00 and <= 0xDFFF => $"\uD800{(char)c}",
                _ => ((char)c).ToString(),
            };
            tokens.Add($"{ch}a{ch}b{ch}");
        }

        tokens.AddRange(DutchCorpus.SeedVocabulary);
        tokens.AddRange(DutchCorpus.SeedVocabulary.Select(w => w.ToLowerInvariant()));

        JsonElement lunr = LunrNode.RunJson("analyze.js", new { tokens }).GetProperty("tokens");
        var mismatches = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string expected = lunr[i].GetProperty("trimmed").GetString()!;
            string actual = DutchTrimmer.Trim(tokens[i]);
            if (expected != actual)
            {
                mismatches.Add($"U+{(int)tokens[i][0]:X4} '{tokens[i]}': lunr '{expected}', ours '{actual}'");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, first: {string.Join("; ", mismatches.Take(10))}");
    }
}
