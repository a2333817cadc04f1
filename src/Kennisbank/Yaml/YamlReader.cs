using System.Globalization;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Yaml;

/// <summary>
/// Reads typed values out of a YAML mapping and reports every type problem at the node's own line and column.
/// Shared by the site configuration and article front matter, which is why positions can be shifted by
/// <c>lineOffset</c>: front matter starts below the opening <c>---</c> of its file.
/// </summary>
public sealed class YamlReader(string path, int lineOffset, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public string Path => path;

    /// <summary>Parses <paramref name="text"/> and returns its root mapping, or null after reporting why not.</summary>
    public YamlMappingNode? ParseMapping(string text, string what)
    {
        if (YamlNesting.FindTooDeep(text) is var (line, column))
        {
            diagnostics.Error(ErrorCodes.YamlTooDeep, new SourceLocation(path, line + lineOffset, column),
                $"{what} is dieper genest dan {InputLimits.YamlDepth} niveaus (lijsten of blokken in elkaar); zo diep hoeft geen waarde te zijn");
            return null;
        }

        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var reason = message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                ? ErrorCodes.DuplicateKey : ErrorCodes.MalformedYaml;
            var at = message.Contains("invalid tab", StringComparison.Ordinal) ? TabIndentation(text) ?? e.Start : e.Start;
            diagnostics.Error(reason, At(at), $"ongeldige YAML in {what}: {YamlSyntaxMessages.Explain(CleanMessage(message))}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18 throws these instead of a YamlException on some broken input. Editors' input must still
            // get an error with a place, not a crash. InvalidOperationException comes from the scanner, reading on
            // after the last event (an unclosed flow list with more lines below: "tags: [a, b"); ArgumentException
            // from the document model, rejecting the last event, so the mistake lies on the line of the event before
            // it (a line that starts with ": "), pointed at where that line's text starts.
            var at = e is ArgumentException ? StartOfLine(text, parser.PreviousStart) : parser.LastStart;
            diagnostics.Error(ErrorCodes.MalformedYaml, At(at), $"ongeldige YAML in {what}: {YamlSyntaxMessages.GaveUp}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(ErrorCodes.MalformedYaml, new SourceLocation(path, 1 + lineOffset, 1), $"{what} is leeg");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(ErrorCodes.WrongType, At(stream.Documents[0].RootNode),
                $"{what} moet een lijst van sleutels en waarden zijn (key: waarde)");
            return null;
        }

        return mapping;
    }

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

    /// <summary>The mapping's entries with plain-scalar keys, in document order.</summary>
    public IEnumerable<(Located<string> Key, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
                yield return (new Located<string>(name, At(key)), value);
            else
                diagnostics.Error(ErrorCodes.WrongType, At(key), "een sleutel moet een gewone tekst zijn");
        }
    }

    public string? String(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            var forbidden = ForbiddenCharacters.IndexOf(scalar.Value!);
            if (forbidden < 0)
                return scalar.Value!;
            diagnostics.Error(ErrorCodes.ForbiddenCharacterInValue, At(node),
                $"'{key}' bevat een {ForbiddenCharacters.Describe(scalar.Value![forbidden])} (op teken {forbidden + 1}); haal het weg");
            return null;
        }

        diagnostics.Error(ErrorCodes.WrongType, At(node), $"'{key}' moet een tekst zijn, niet {Describe(node)}");
        return null;
    }

    public bool? Bool(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar)
            return scalar.Value == "true";
        diagnostics.Error(ErrorCodes.WrongType, At(node), $"'{key}' moet true of false zijn, niet {Describe(node)}");
        return null;
    }

    public int? Integer(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar
            && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        diagnostics.Error(ErrorCodes.WrongType, At(node), $"'{key}' moet een geheel getal zijn, niet {Describe(node)}");
        return null;
    }

    public double? Number(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return value;
        diagnostics.Error(ErrorCodes.WrongType, At(node), $"'{key}' moet een getal zijn, niet {Describe(node)}");
        return null;
    }

    /// <summary>A date written as YYYY-MM-DD; anything else (also 2025-02-30) is a KB108 error.</summary>
    public DateOnly? Date(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar || IsNull(scalar))
        {
            diagnostics.Error(ErrorCodes.BadDate, At(node), $"'{key}' moet een datum zijn (JJJJ-MM-DD), niet {Describe(node)}");
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Error(ErrorCodes.BadDate, At(node),
            $"'{key}' heeft geen geldige datum: '{scalar.Value}' (gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-14)");
        return null;
    }

    /// <summary>A list of strings; every element keeps its own position.</summary>
    public IReadOnlyList<Located<string>>? StringList(YamlNode node, string key)
    {
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(ErrorCodes.WrongType, At(node),
                $"'{key}' moet een lijst zijn (bijvoorbeeld [a, b] of regels met '- '), niet {Describe(node)}");
            return null;
        }

        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (String(item, key) is { } value)
                items.Add(new Located<string>(value, At(item)));
        }

        return items;
    }

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "een lijst",
        YamlMappingNode => "een blok met sleutels",
        YamlScalarNode s when IsNull(s) => "een lege waarde",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "iets anders",
    };

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the position is already in front.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static Mark StartOfLine(string text, Mark mark)
    {
        var lines = text.Split('\n');
        if (mark.Line < 1 || mark.Line > lines.Length)
            return mark;
        var line = lines[mark.Line - 1];
        return new Mark(0, mark.Line, line.Length - line.TrimStart().Length + 1);
    }

    // YamlDotNet places a tab in the indentation at the start of the mapping around it; the tab itself is more use.
    private static Mark? TabIndentation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0 && lines[i].Length > indentation)
                return new Mark(0, i + 1, tab + 1);
        }

        return null;
    }

    // Remembers where the last two events the parser produced began, to place an error it does not place itself.
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public Mark PreviousStart { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                PreviousStart = LastStart;
                LastStart = current.Start;
            }

            return moved;
        }
    }
}
