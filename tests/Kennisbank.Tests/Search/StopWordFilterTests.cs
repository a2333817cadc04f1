using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// Mirrors lunr's test/stop_word_filter_test.js for lunr.nl.stopWordFilter, and checks the whole list,
// near misses and the corpus vocabulary against the real filter.

public sealed class StopWordFilterTests
{
    [Fact]
    public void Drops_stop_words()
    {
        foreach (string word in new[] { "de", "het", "een", "en", "van", "zijn", "geweest", "zonder" })
        {
            Assert.True(DutchStopWordFilter.IsStopWord(word), word);
            Assert.Null(DutchStopWordFilter.Run(new Token(word)));
        }
    }

    [Fact]
    public void Keeps_other_words()
    {
        foreach (string word in new[] { "school", "De", "dee", "zijnde", "constructor", "__proto__", "hasOwnProperty" })
        {
            Assert.False(DutchStopWordFilter.IsStopWord(word), word);
        }
    }

    [Fact]
    public void The_empty_string_is_a_stop_word_because_the_list_starts_with_a_space()
    {
        Assert.True(DutchStopWordFilter.IsStopWord(""));
        Assert.Equal(102, DutchStopWordFilter.StopWords.Count);
    }

    [Fact]
    public void Filters_like_lunr()
    {
        var tokens = DutchStopWordFilter.StopWords
            .Concat(DutchStopWordFilter.StopWords.Select(w => w.ToUpperInvariant()))
            .Concat(DutchStopWordFilter.StopWords.Select(w => w + "s"))
            .Concat(DutchCorpus.SeedVocabulary)
            .Concat(["constructor", "__proto__", "toString", "valueOf", " ", "de ", "ĳ"])
            .ToList();
        JsonElement lunr = LunrNode.RunJson("analyze.js", new { tokens }).GetProperty("tokens");
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.True(
                lunr[i].GetProperty("stopped").GetBoolean() == DutchStopWordFilter.IsStopWord(tokens[i]),
                $"'{tokens[i]}': lunr says stop word = {lunr[i].GetProperty("stopped").GetBoolean()}");
        }
    }
}
