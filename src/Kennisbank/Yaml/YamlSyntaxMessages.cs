namespace Kennisbank.Yaml;

// YamlDotNet explains a syntax error in English and in the parser's own terms ("While parsing a block mapping, did
// not find expected key"). Editors write front matter in Dutch and need to know what to change, so the messages
// of the mistakes people actually make are said again in Dutch, with the usual cause and the fix. A message not
// listed here is passed on as YamlDotNet wrote it.

/// <summary>Dutch explanations of YamlDotNet's syntax error messages.</summary>
internal static class YamlSyntaxMessages
{
    private const string QuoteTheValue = "zet de hele waarde tussen aanhalingstekens";

    private static readonly (string Fragment, string Dutch)[] Known =
    [
        ("double-quoted scalar, found wrong indentation",
            "een tekst tussen aanhalingstekens wordt niet afgesloten; zet het sluitende aanhalingsteken op dezelfde regel"),
        ("quoted scalar, found unexpected end of stream",
            "een tekst tussen aanhalingstekens wordt niet afgesloten; zet het sluitende aanhalingsteken op dezelfde regel"),
        ("block mapping, did not find expected key",
            "hier hoort een nieuwe regel 'sleutel: waarde' te beginnen. Vaak springt de regel anders in dan die erboven, "
            + "mist er een ':' of een '- ', of begint een waarde met een aanhalingsteken of * zonder dat de hele waarde "
            + "tussen aanhalingstekens staat"),
        ("block collection, did not find expected '-' indicator",
            "een lijstitem ('- ...') springt anders in dan de items erboven"),
        ("found invalid tab as indentation",
            "een tab als inspringing; YAML staat alleen spaties toe"),
        ("found character that cannot start any token",
            $"een waarde mag in YAML niet met @ of ` beginnen; {QuoteTheValue}"),
        ("flow sequence, did not find expected ',' or ']'",
            "een lijst tussen [ en ] wordt niet afgesloten met ']' (of mist een komma)"),
        ("flow mapping, did not find expected ',' or '}'",
            "een blok tussen { en } wordt niet afgesloten met '}' (of mist een komma)"),
        ("Block sequence entries are not allowed in this context",
            $"een waarde mag niet met '- ' beginnen; {QuoteTheValue}, of zet een lijst op de regels eronder"),
        ("plain scalar value, found invalid mapping",
            $"': ' midden in een waarde; {QuoteTheValue} (of de regel springt verder in dan de sleutel erboven)"),
        ("Mapping values are not allowed in this context",
            $"': ' midden in een waarde; {QuoteTheValue}"),
        ("block scalar, did not find expected comment or line break",
            $"na '|' of '>' hoort de tekst op de volgende regels te beginnen; {QuoteTheValue} als die met | of > begint"),
        ("simple key, could not find expected ':'",
            "deze regel mist de ':' tussen sleutel en waarde"),
        ("anchor or alias, did not find expected alphabetic or numeric character",
            $"een waarde die met * of & begint, is in YAML een verwijzing; {QuoteTheValue}"),
    ];

    /// <summary>What to tell the editor for a YamlDotNet message (its position prefix already removed).</summary>
    public static string Explain(string message)
    {
        foreach (var (fragment, dutch) in Known)
        {
            if (message.Contains(fragment, StringComparison.OrdinalIgnoreCase))
                return dutch;
        }

        if (message.StartsWith("Anchor '", StringComparison.Ordinal) && message.EndsWith("' not found", StringComparison.Ordinal))
            return $"een waarde die met * begint, is in YAML een verwijzing naar iets dat niet bestaat; {QuoteTheValue}";

        return message;
    }

    /// <summary>For a parser that gave up without a syntax error of its own.</summary>
    public const string GaveUp =
        "vanaf hier is de YAML niet te lezen; kijk of een '[', '{' of aanhalingsteken niet wordt afgesloten, "
        + "of een regel met ':' begint of anders inspringt dan die erboven";
}
