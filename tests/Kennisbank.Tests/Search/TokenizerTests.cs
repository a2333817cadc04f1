using System.Text.Json;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// Mirrors lunr's test/tokenizer_test.js, then compares our tokens (text, position, index) and lowercasing
// with lunr.tokenizer itself on the corpus texts and on strings built to hit the edge cases.

public sealed class TokenizerTests
{
    [Fact]
    public void Splits_a_simple_string_into_tokens() =>
        Assert.Equal(["foo", "bar", "baz"], Values(Tokenizer.Tokenize("foo bar baz")));

    [Fact]
    public void Lowercases_tokens() =>
        Assert.Equal(["foo", "bar", "baz"], Values(Tokenizer.Tokenize("Foo BAR BAZ")));

    [Fact]
    public void Splits_on_runs_of_whitespace_and_hyphens() =>
        Assert.Equal(["foo", "bar", "baz", "havo", "vwo"], Values(Tokenizer.Tokenize("  foo \t\n bar - baz\u00A0havo-vwo-")));

    [Fact]
    public void Splits_on_every_character_that_is_not_a_letter_mark_or_digit() =>
        Assert.Equal(["pesten", "incidenten", "ouders", "leerlingen", "havo", "s", "cao", "2024", "10", "14", "wâldwei", "e\u0301nquête"],
            Values(Tokenizer.Tokenize("pesten/incidenten ouders,leerlingen havo's (cao 2024) 10–14 “Wâldwei” E\u0301nquête.")));

    [Fact]
    public void List_elements_are_single_tokens_lowercased_and_unsplit()
    {
        List<Token> tokens = Tokenizer.Tokenize(FieldValue.List(["Sociale Veiligheid", "havo-vwo", ""]));
        Assert.Equal(["sociale veiligheid", "havo-vwo", ""], Values(tokens));
        Assert.All(tokens, t => Assert.Equal(-1, t.Start));
    }

    [Fact]
    public void Null_gives_no_tokens() => Assert.Empty(Tokenizer.Tokenize((FieldValue?)null));

    [Fact]
    public void Records_position_and_index()
    {
        List<Token> tokens = Tokenizer.Tokenize("foo  bar-baz");
        Assert.Equal([(0, 3, 0), (5, 3, 1), (9, 3, 2)], tokens.Select(t => (t.Start, t.Length, t.Index)));
    }

    [Fact]
    public void Separators_are_what_lunr_with_our_separator_splits_on_for_every_utf16_code_unit()
    {
        LunrNode.EnsureAvailable();
        string lunr = Kennisbank.Tests.Support.NodeTool.Run(Path.Combine("lunr", "separators.js"), []);
        Assert.Equal(65536, lunr.Length);
        var differences = Enumerable.Range(0, 65536)
            .Where(unit => Tokenizer.IsSeparator((char)unit) != (lunr[unit] == '1'))
            .Select(unit => $"U+{unit:X4}")
            .ToList();
        Assert.True(differences.Count == 0, $"separators differ from lunr.js: {string.Join(", ", differences.Take(40))}");
        Assert.True(Tokenizer.IsSeparator('\uD801')); // half of 𐐀: lunr tests code units
        Assert.False(Tokenizer.IsSeparator('\u0301')); // a combining accent belongs to its word
        Assert.True(Tokenizer.IsSeparator('\u2019'));
    }

    [Fact]
    public void Tokens_and_lowercasing_equal_lunr()
    {
        var texts = DutchCorpus.Generate(120, seed: 11)
            .SelectMany(d => d.Fields.Values)
            .Where(v => v.TextValue is not null)
            .Select(v => v.TextValue!)
            .Concat(
            [
                "İstanbul İİ", "ΣΑΣ ΣΑΣ. Σ aΣb aΣ'b ὈΔΥΣΣΕΎΣ", "x\u00A0y\u1680z\u2000a\u200Ab\u2028c\u2029d\u202Fe\u205Ff\u3000g\uFEFFh",
                "x\u0085y\u180Ez\u200Bw", "A\u0301B", "꟎꟒꟔ ꟊ", "𐐀𐐁 𖺠𖺡", "ǅemal ǈ ǋ", "ﬀ ﬁ ß ẞ", "",
                "  -- - ", "tab\tnew\nline\rcr\vvt\fff", "pesten/incidenten ouders,leerlingen havo's auto’s", "10-14 cao2024 ½ ² Ⅻ",
                "E\u0301nque\u0302te", "𝐀𝐁c 😀x", "ﾊﾝｶｸ ١٢٣ ๑๒", "a\u20DDb a\u0903b",
            ])
            .ToList();

        JsonElement lunr = LunrNode.RunJson("analyze.js", new { texts }).GetProperty("texts");
        for (int i = 0; i < texts.Count; i++)
        {
            JsonElement expected = lunr[i];
            string text = texts[i];
            Assert.True(expected.GetProperty("lower").GetString() == JavaScriptCase.ToLower(text), $"lowercase of {text}");
            var ours = Tokenizer.Tokenize(text).Select(t => (t.Value, t.Start, t.Length, t.Index)).ToList();
            var theirs = expected.GetProperty("tokens").EnumerateArray()
                .Select(t => (t[0].GetString()!, t[1].GetInt32(), t[2].GetInt32(), t[3].GetInt32())).ToList();
            Assert.True(theirs.SequenceEqual(ours), $"tokens of '{text}': lunr [{string.Join(", ", theirs)}], ours [{string.Join(", ", ours)}]");
        }
    }

    private static List<string> Values(IEnumerable<Token> tokens) => tokens.Select(t => t.Value).ToList();
}
