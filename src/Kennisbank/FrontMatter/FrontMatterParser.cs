using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.FrontMatter;

/// <summary>
/// Stage 2b: turns the YAML of one article into <see cref="ArticleFrontMatter"/>, checking types, required keys,
/// unknown keys (with a suggestion) and the rules that need nothing but the article itself.
/// Rules that need the configuration or the other articles live in Validation.
/// </summary>
public static class FrontMatterParser
{
    public static readonly IReadOnlyList<string> KnownKeys =
    [
        "title", "summary", "theme", "type", "date", "updated", "tags", "school_types", "region",
        "school", "authors", "slug", "aliases", "related", "links", "draft",
    ];

    private static readonly string[] RequiredKeys = ["title", "summary", "theme", "type", "date"];

    public static ArticleFrontMatter? Parse(string path, FrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(path, block.YamlFirstLine - 1, diagnostics);
        var mapping = reader.ParseMapping(block.Yaml, "de front matter");
        if (mapping is null)
            return null;

        var start = new SourceLocation(path, 1, 1);
        var values = new Dictionary<string, (YamlNode Node, SourceLocation KeyAt)>(StringComparer.Ordinal);
        foreach (var (key, value) in reader.Entries(mapping))
        {
            if (KnownKeys.Contains(key.Value))
                values[key.Value] = (value, key.At);
            else
                diagnostics.Error(ErrorCodes.UnknownKey, key.At,
                    $"onbekende sleutel '{key.Value}' in de front matter.{Suggestions.Hint(key.Value, KnownKeys)}");
        }

        foreach (var key in RequiredKeys.Where(k => !values.ContainsKey(k)))
            diagnostics.Error(ErrorCodes.MissingKey, start, $"verplichte sleutel '{key}' ontbreekt in de front matter");

        string? Text(string key) => values.TryGetValue(key, out var v) ? reader.String(v.Node, key) : null;
        Located<string>? LocatedText(string key) =>
            values.TryGetValue(key, out var v) && reader.String(v.Node, key) is { } s ? new Located<string>(s, reader.At(v.Node)) : null;
        IReadOnlyList<Located<string>> List(string key)
        {
            if (!values.TryGetValue(key, out var v))
                return [];
            var limit = key == "tags" ? InputLimits.Tags : InputLimits.ListItems;
            if (v.Node is YamlSequenceNode { Children.Count: var count } && count > limit)
            {
                diagnostics.Error(ErrorCodes.TooManyItems, reader.At(v.Node), $"'{key}' heeft {count} items; het maximum is {limit}");
                return [];
            }

            return reader.StringList(v.Node, key) ?? [];
        }
        SourceLocation NodeAt(string key) => values.TryGetValue(key, out var v) ? reader.At(v.Node) : start;

        var title = Text("title")?.Trim();
        if (title is not null && title.Length is < 5 or > 120)
            diagnostics.Error(ErrorCodes.InvalidValue, NodeAt("title"), $"'title' moet 5 tot 120 tekens lang zijn (nu {title.Length})");

        var summary = Text("summary")?.Trim();
        if (summary is not null && summary.Length > 300)
            diagnostics.Error(ErrorCodes.InvalidValue, NodeAt("summary"), $"'summary' mag hoogstens 300 tekens lang zijn (nu {summary.Length})");
        if (summary is not null && summary.Length == 0)
            diagnostics.Error(ErrorCodes.InvalidValue, NodeAt("summary"), "'summary' is leeg");

        var date = values.TryGetValue("date", out var d) ? reader.Date(d.Node, "date") : null;
        var updated = values.TryGetValue("updated", out var u) ? reader.Date(u.Node, "updated") : null;
        if (date is { } published && updated is { } changed && changed < published)
            diagnostics.Error(ErrorCodes.BadDate, NodeAt("updated"),
                $"'updated' ({changed:yyyy-MM-dd}) ligt vóór 'date' ({published:yyyy-MM-dd})");

        var slug = LocatedText("slug");
        if (slug is { } tooLong && tooLong.Value.Length > InputLimits.SegmentLength)
        {
            slug = null;
            diagnostics.Error(ErrorCodes.SegmentTooLong, tooLong.At,
                $"'slug' is {tooLong.Value.Length} tekens lang; het maximum is {InputLimits.SegmentLength} (het wordt een mapnaam in de site)");
        }
        else if (slug is { } s && !Slugs.IsValid(s.Value))
        {
            slug = null;
            diagnostics.Error(ErrorCodes.InvalidValue, s.At,
                $"'slug' '{s.Value}' mag alleen kleine letters, cijfers en enkele koppeltekens bevatten (bijvoorbeeld 'debatclub-in-de-onderbouw')");
        }

        // Every key is read before deciding anything, so one run reports every problem in the file.
        var theme = LocatedText("theme");
        var type = LocatedText("type");
        var tags = List("tags").Select(t => t with { Value = Slugs.CleanLabel(t.Value) }).Where(t => t.Value.Length > 0).ToList();
        var schoolTypes = List("school_types");
        var region = LocatedText("region");
        var school = Text("school");
        IReadOnlyList<string> authors = values.TryGetValue("authors", out var a) && a.Node is YamlScalarNode
            ? [Text("authors")!]
            : List("authors").Select(x => x.Value).ToList();
        var aliases = List("aliases");
        var related = List("related");
        var links = values.TryGetValue("links", out var l) ? ReadLinks(reader, l.Node) : [];
        var draft = values.TryGetValue("draft", out var dr) && reader.Bool(dr.Node, "draft") == true;

        // Like a compiler, recover from errors with placeholders: the build already fails, but the article goes on
        // to the next stages so that their problems (unknown theme, broken links) are reported in the same run.
        return new ArticleFrontMatter
        {
            Title = title ?? "",
            Summary = summary ?? "",
            Theme = theme ?? new Located<string>("", start),
            Type = type ?? new Located<string>("", start),
            Date = date ?? DateOnly.MinValue,
            Updated = updated,
            Tags = tags,
            SchoolTypes = schoolTypes,
            Region = region,
            School = school,
            Authors = authors,
            Slug = slug,
            Aliases = aliases,
            Related = related,
            Links = links,
            Draft = draft,
            At = start,
            SummaryAt = NodeAt("summary"),
        };
    }

    private static IReadOnlyList<LinkReference> ReadLinks(YamlReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            reader.Diagnostics.Error(ErrorCodes.WrongType, reader.At(node), "'links' moet een lijst zijn van items met 'title' en 'url'");
            return [];
        }

        var links = new List<LinkReference>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                reader.Diagnostics.Error(ErrorCodes.WrongType, reader.At(item), "elk item in 'links' heeft 'title' en 'url'");
                continue;
            }

            string? title = null, url = null;
            foreach (var (key, value) in reader.Entries(entry))
            {
                switch (key.Value)
                {
                    case "title": title = reader.String(value, "title"); break;
                    case "url": url = reader.String(value, "url"); break;
                    default:
                        reader.Diagnostics.Error(ErrorCodes.UnknownKey, key.At,
                            $"onbekende sleutel '{key.Value}' in 'links'.{Suggestions.Hint(key.Value, ["title", "url"])}");
                        break;
                }
            }

            if (title is null || url is null)
            {
                reader.Diagnostics.Error(ErrorCodes.MissingKey, reader.At(item), "elk item in 'links' heeft zowel 'title' als 'url'");
                continue;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https" or "mailto"))
            {
                reader.Diagnostics.Error(ErrorCodes.InvalidValue, reader.At(item),
                    $"'{url}' is geen geldige URL; gebruik een volledige link die begint met https://");
                continue;
            }

            links.Add(new LinkReference(title, url, reader.At(item)));
        }

        return links;
    }
}
