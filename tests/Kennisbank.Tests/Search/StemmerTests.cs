using System.Text;
using Kennisbank.Search;
using Kennisbank.Tests.Search.Support;

namespace Kennisbank.Tests.Search;

// The Dutch stemmer against lunr.nl.stemmer on a large vocabulary: every 8th word of the Debian wdutch
// list (/usr/share/dict/dutch, 400k+ words), lowercased, plus the corpus vocabulary and words chosen for
// the algorithm's corners. All are stemmed by one Node process and compared word for word.

public sealed class StemmerTests
{
    private const string DictionaryPath = "/usr/share/dict/dutch";

    [Theory]
    [InlineData("scholen", "schol")]
    [InlineData("school", "schol")]
    [InlineData("ideeën", "ideeen")]
    [InlineData("mogelijkheden", "mogelijk")]
    [InlineData("lichamelijk", "licham")]
    [InlineData("", "")]
    public void Stems_known_words(string word, string stem)
    {
        Assert.Equal(stem, DutchStemmer.StemUncached(word));
        Assert.Equal(stem, DutchStemmer.Shared.Stem(word));
        Assert.Equal(stem, DutchStemmer.Shared.Stem(word.AsSpan()));
    }

    [Fact]
    public void Memoized_stems_are_shared_instances()
    {
        var stemmer = new DutchStemmer();
        string a = stemmer.Stem("scholen");
        string b = stemmer.Stem(new StringBuilder("school").ToString());
        Assert.Same(a, b);
        Assert.Equal(2, stemmer.CachedWords);
    }

    [Fact]
    public void Memoization_is_thread_safe()
    {
        var stemmer = new DutchStemmer();
        string[] words = ["scholen", "leerlingen", "mogelijkheden", "veiligheid", "coördinatie"];
        string[] expected = words.Select(DutchStemmer.StemUncached).ToArray();
        Parallel.For(0, 20_000, i => Assert.Equal(expected[i % words.Length], stemmer.Stem(words[i % words.Length])));
    }

    [Fact]
    public void Stems_a_large_vocabulary_like_lunr()
    {
        Assert.True(
            File.Exists(DictionaryPath),
            $"{DictionaryPath} is missing: install the Debian/Ubuntu package wdutch (apt-get install wdutch).");
        string[] dictionary = File.ReadAllLines(DictionaryPath, Encoding.UTF8);
        var words = dictionary.Where((_, i) => i % 8 == 0).Select(w => w.ToLowerInvariant()).ToList();
        Assert.True(words.Count >= 40_000, $"only {words.Count} words");

        // Corners: raw case (I/Y are markers inside the algorithm), accents, y/i between vowels, -heid, -baar.
        words.AddRange(dictionary.Where((_, i) => i % 97 == 0));
        words.AddRange(DutchCorpus.SeedVocabulary.Select(w => DutchTrimmer.Trim(w.ToLowerInvariant())));
        words.AddRange(
        [
            "yoghurt", "ayaan", "kooien", "mooie", "haaien", "royaal", "fooi", "draaiing", "vrijheid", "kinderen",
            "eenheden", "ónze", "coöperatie", "géén", "naïef", "sociale veiligheid", "auto's", "ij", "y", "i", "é",
            "gemeente", "lopen", "heden", "mogelijkheid", "betaalbaar", "eetbaar", "zorg-coördinator", "ee", "enen",
        ]);

        string input = LunrNode.TempFile(".words.txt");
        string output = LunrNode.TempFile(".stems.txt");
        File.WriteAllText(input, string.Join("\n", words));
        LunrNode.Run("stem.js", input, output);
        string[] stems = File.ReadAllText(output).Split('\n');
        Assert.Equal(words.Count, stems.Length);

        var mismatches = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            string ours = DutchStemmer.StemUncached(words[i]);
            if (ours != stems[i])
            {
                mismatches.Add($"{words[i]}: lunr '{stems[i]}', ours '{ours}'");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {words.Count} differ, first: {string.Join("; ", mismatches.Take(20))}");
    }
}
