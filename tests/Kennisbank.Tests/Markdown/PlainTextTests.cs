using System.Text;
using Kennisbank.Markdown;

namespace Kennisbank.Tests.Markdown;

/// <summary>
/// The plain text of a body (search index, word count) is encoded and counted piece by piece from the extractor's
/// builder, never as one string: a word or a surrogate pair that straddles two pieces must come out whole.
/// </summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(700)]
    [InlineData(5000)]
    public void Long_texts_keep_every_word_and_every_character(int repeats)
    {
        var paragraph = string.Concat(Enumerable.Repeat("Ideeën voor thuiszitters 🙂 in het vmbo-t, ", repeats)).TrimEnd();
        var markdown = $"# Kop één\n\n{paragraph}\n\n- lijstje **vet**\n";

        var (utf8, words) = PlainTextExtractor.Extract(Markdig.Markdown.Parse(markdown));

        var expected = $"Kop één\n{paragraph}\nlijstje vet\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8));
        Assert.True(Encoding.UTF8.GetBytes(expected).AsSpan().SequenceEqual(utf8));
        Assert.Equal(2 + repeats * 7 + 2, words); // Ideeën voor thuiszitters in het vmbo t
    }
}
