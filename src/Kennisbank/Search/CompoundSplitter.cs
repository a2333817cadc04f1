using System.Collections.Concurrent;
using System.Reflection;

namespace Kennisbank.Search;

// Dutch writes compounds as one word ("lerarentekort", "pestprotocol", "schoolgebouw"), so a search for "tekort" or
// "protocol" would miss them. At build time every word of an article that is a compound is split into its parts with
// a real Dutch word list (Data/compound-parts.txt, derived from OpenTaal's; see compound-parts.LICENSE.txt), and the
// parts are indexed as a field of their own ("parts", with its own boost): "lerarentekort" adds "leraren tekort".
// The parts are ordinary text for lunr, so lunr.js builds the same index from the same field text.
//
// A word is split when it is at least 8 letters a-z (after lowercasing, trimming and diacritic folding, as the index
// sees it) and is a modifier followed by a head from the list, both at least 4 letters, with an optional linking "s",
// "e" or "en" between ("veiligheid-s-plan", "leerling-en-zorg"); the modifier may itself be a compound
// ("ontwikkeling-s-perspectief" + "plan"). Of several splits the one with the longest head wins. Parts of 11 letters or more are split again ("ontwikkelingsperspectiefplan" gives
// "ontwikkelingsperspectief ontwikkeling perspectief plan"), shorter ones are not ("onderwijs" stays whole).

/// <summary>Splits Dutch compounds into their parts with OpenTaal's word list.</summary>
public sealed class CompoundSplitter
{
    private const int MinWord = 8;
    private const int MinPart = 4;
    private const int MinResplit = 11;
    private static readonly string[] Links = ["", "s", "e", "en"];
    private static readonly Lazy<CompoundSplitter> LazyDutch = new(LoadDutch);

    private readonly HashSet<string> _modifiers;
    private readonly HashSet<string> _heads;
    private readonly ConcurrentDictionary<string, string[]> _splits = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static char[]? t_lowercased;

    /// <summary>A splitter over the lines of a parts list: "word" (modifier and head), "word&lt;" (modifier), "word&gt;" (head).</summary>
    public CompoundSplitter(IEnumerable<string> partsList)
    {
        _modifiers = new HashSet<string>(StringComparer.Ordinal);
        _heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in partsList)
        {
            string word = line.TrimEnd('<', '>');
            if (word.Length == 0)
            {
                continue;
            }

            if (!line.EndsWith('>'))
            {
                _modifiers.Add(word);
            }

            if (!line.EndsWith('<'))
            {
                _heads.Add(word);
            }
        }
    }

    /// <summary>The splitter with the shipped Dutch parts list (embedded in the assembly, so no system word list is needed).</summary>
    public static CompoundSplitter Dutch => LazyDutch.Value;

    /// <summary>The parts of a lowercase, folded word; empty when it is not a compound.</summary>
    public IReadOnlyList<string> Split(string word) => SplitCached(word);

    /// <summary>
    /// The compounds among the words of <paramref name="texts"/> (as the index tokenizes them), each once, in order of
    /// first occurrence, with their parts: what the search page needs to highlight a part inside its compound.
    /// </summary>
    public List<(string Compound, IReadOnlyList<string> Parts)> Compounds(IEnumerable<string> texts)
    {
        // Every article body passes here: it is lowercased into a per-thread buffer and its words are looked up as
        // spans, so a word costs a string only the first time the build meets it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var compounds = new List<(string, IReadOnlyList<string>)>();
        var splits = _splits.GetAlternateLookup<ReadOnlySpan<char>>();
        char[] scratch = t_lowercased ?? new char[4096];
        foreach (string text in texts)
        {
            ReadOnlySpan<char> lower = JavaScriptCase.ToLower(text, ref scratch);
            foreach (Range range in new Tokenizer.TokenRanges(lower))
            {
                ReadOnlySpan<char> trimmed = DutchTrimmer.Trim(lower[range]);
                if (trimmed.Length < MinWord)
                {
                    continue;
                }

                string? folded = DiacriticFolding.FoldOrNull(trimmed);
                ReadOnlySpan<char> word = folded ?? trimmed;
                if (!IsLetters(word))
                {
                    continue;
                }

                if (!splits.TryGetValue(word, out string? key, out string[]? parts))
                {
                    key = folded ?? word.ToString();
                    parts = SplitCached(key);
                }

                if (parts.Length > 0 && seen.Add(key))
                {
                    compounds.Add((key, parts));
                }
            }
        }

        t_lowercased = scratch.Length > 1 << 20 ? null : scratch;

        return compounds;
    }

    /// <summary>The text of the "parts" field: the parts of every compound in <paramref name="texts"/>, each compound once.</summary>
    public string PartsText(IEnumerable<string> texts) =>
        string.Join(' ', Compounds(texts).SelectMany(c => c.Parts));

    private string[] SplitCached(string word) => _splits.GetOrAdd(word, w => SplitUncached(w).Distinct().ToArray());

    private IEnumerable<string> SplitUncached(string word)
    {
        if (word.Length < MinWord || !IsLetters(word) || BestSplit(word) is not var (modifier, head))
        {
            yield break;
        }

        foreach (string part in new[] { modifier, head })
        {
            yield return part;
            if (part.Length >= MinResplit)
            {
                foreach (string inner in SplitUncached(part))
                {
                    yield return inner;
                }
            }
        }
    }

    private (string Modifier, string Head)? BestSplit(string word)
    {
        (string, string)? best = null;
        for (int i = MinPart; i <= word.Length - MinPart; i++)
        {
            string modifier = word[..i];
            if (!_modifiers.Contains(modifier) && (modifier.Length < MinWord || Split(modifier).Count == 0))
            {
                continue;
            }

            foreach (string link in Links)
            {
                if (string.CompareOrdinal(word, i, link, 0, link.Length) != 0 || i + link.Length > word.Length - MinPart)
                {
                    continue;
                }

                string head = word[(i + link.Length)..];
                if (_heads.Contains(head) && (best is null || head.Length > best.Value.Item2.Length))
                {
                    best = (modifier, head);
                }
            }
        }

        return best;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static CompoundSplitter LoadDutch()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kennisbank.Search.compound-parts.txt")
            ?? throw new InvalidOperationException("compound-parts.txt is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new CompoundSplitter(lines);
    }
}
