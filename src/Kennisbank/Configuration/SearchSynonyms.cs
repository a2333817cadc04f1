using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Configuration;

// Editors' synonyms and abbreviations for search (search.synonyms in kennisbank.yml): groups of words or short
// phrases that mean the same to a school leader ("SOP" and "schoolondersteuningsprofiel", "docent" and "leraar").
// The index does not change; the search page reads the groups (written into /zoeken/ as JSON) and also searches the
// other members of a group when a query word belongs to it (templates/assets/search/synonyms.js).

/// <summary>The synonym groups, as the editors wrote them (validated: every word in one group only).</summary>
public sealed record SearchSynonyms(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static SearchSynonyms None { get; } = new([]);

    /// <summary>
    /// <c>{"groups":[["docent","leraar"],…]}</c>, safe inside a <c>&lt;script type="application/json"&gt;</c> element:
    /// '&lt;', '&gt;' and '&amp;' are written as \u escapes, so the text can never close the element.
    /// </summary>
    public byte[] ToScriptJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("groups");
            foreach (var group in Groups)
            {
                json.WriteStartArray();
                foreach (var word in group)
                    json.WriteStringValue(word);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return EscapeForScript(stream.ToArray());
    }

    // UnsafeRelaxedJsonEscaping keeps "ë" readable but leaves '<', '>' and '&' as they are.
    private static byte[] EscapeForScript(byte[] json)
    {
        var escaped = new List<byte>(json.Length);
        foreach (var b in json)
        {
            if (b is (byte)'<' or (byte)'>' or (byte)'&')
                escaped.AddRange(System.Text.Encoding.ASCII.GetBytes($"\\u{b:X4}"));
            else
                escaped.Add(b);
        }

        return escaped.ToArray();
    }
}
