using Kennisbank.Diagnostics;
using Kennisbank.Search;
using Kennisbank.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Configuration;

// Reads search.synonyms: a list of groups, each a list of at least two words or short phrases. Every problem is a
// located KB501: another shape than a list of lists, an empty or non-text entry, an entry the search cannot use
// (only stop words or punctuation), and a word that is in two groups — also when only its form differs, since the
// page matches query words by their index term (lowercase, without diacritics, stemmed: "leraren" is "leraar").

/// <summary>Reads and validates <c>search.synonyms</c>.</summary>
public static class SearchSynonymsReader
{
    private const string Example = "bijvoorbeeld '- [docent, leraar]'";

    public static SearchSynonyms? Read(YamlReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode groups)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node),
                $"'search.synonyms' moet een lijst van synoniemengroepen zijn, {Example}, niet {YamlReader.Describe(node)}");
            return null;
        }

        var result = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, (string Word, int Line)>(StringComparer.Ordinal);
        var valid = true;
        foreach (var groupNode in groups.Children)
        {
            if (ReadGroup(reader, groupNode, seen) is { } group)
                result.Add(group);
            else
                valid = false;
        }

        return valid ? new SearchSynonyms(result) : null;
    }

    /// <summary>The key a word is matched by: its index terms joined (lowercase, folded, stemmed; stop words dropped).</summary>
    public static string MatchKey(string word) =>
        string.Join(' ', Pipeline.Shared.Run(Tokenizer.Tokenize(word)).Select(t => t.Value));

    private static List<string>? ReadGroup(YamlReader reader, YamlNode node, Dictionary<string, (string Word, int Line)> seen)
    {
        if (node is not YamlSequenceNode sequence)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node),
                $"een synoniemengroep moet een lijst van woorden zijn, {Example}, niet {YamlReader.Describe(node)}");
            return null;
        }

        if (sequence.Children.Count < 2)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node),
                "een synoniemengroep heeft minstens twee woorden nodig (een woord en wat het ook betekent)");
            return null;
        }

        var words = new List<string>();
        var valid = true;
        foreach (var item in sequence.Children)
        {
            var at = reader.At(item);
            if (item is not YamlScalarNode scalar)
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, $"een synoniem moet een woord of korte woordgroep zijn, niet {YamlReader.Describe(item)}");
                valid = false;
                continue;
            }

            var word = (scalar.Value ?? "").Trim();
            if (word.Length == 0 || YamlReader.IsNull(scalar))
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, "leeg synoniem: vul een woord in of haal de komma weg");
                valid = false;
                continue;
            }

            var key = MatchKey(word);
            if (key.Length == 0)
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at,
                    $"'{word}' is niet doorzoekbaar: het bestaat alleen uit stopwoorden of leestekens");
                valid = false;
            }
            else if (seen.TryGetValue(key, out var first))
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at,
                    $"'{word}' staat al in een synoniemengroep ('{first.Word}', regel {first.Line}); een woord kan maar in één groep staan: voeg de groepen samen of haal het hier weg");
                valid = false;
            }
            else
            {
                seen[key] = (word, at.Line);
                words.Add(word);
            }
        }

        return valid ? words : null;
    }
}
