using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Search;
using Kennisbank.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Configuration;

/// <summary>
/// Reads kennisbank.yml into a <see cref="SiteConfig"/>. Like front matter, unknown keys are errors with a
/// suggestion: a misspelt setting must not silently fall back to a default.
/// </summary>
public static class SiteConfigLoader
{
    private static readonly string[] TopLevelKeys =
        ["title", "description", "base_url", "language", "articles_per_page", "themes", "types", "school_types", "regions", "search", "footer", "precompress"];

    private static readonly string[] TermKeys = ["label", "description", "plural"];

    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(ErrorCodes.MissingConfig, SourceLocation.StartOf(displayPath), $"configuratiebestand niet gevonden: {path}");
            return null;
        }

        var full = Path.GetFullPath(path);
        var folder = new ProjectFolder(Path.GetDirectoryName(full)!, Path.GetDirectoryName(displayPath) ?? "", InputLimits.ConfigBytes);
        if (folder.Find(full, SourceLocation.StartOf(displayPath), diagnostics) is not { } file)
            return null;
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.ReadAllBytes()).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            diagnostics.Error(ErrorCodes.UnreadableFile, SourceLocation.StartOf(displayPath), $"kan het configuratiebestand niet lezen als UTF-8: {e.Message}");
            return null;
        }

        return ForbiddenCharacters.Report(text, displayPath, diagnostics) ? Parse(text, displayPath, diagnostics) : null;
    }

    public static SiteConfig? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var reader = new YamlReader(displayPath, 0, diagnostics);
        var root = reader.ParseMapping(text, "kennisbank.yml");
        if (root is null)
            return null;

        string? title = null, description = null;
        Uri? baseUrl = null;
        SourceLocation? baseUrlAt = null;
        var perPage = 20;
        Taxonomy? themes = null, types = null, schoolTypes = null, regions = null;
        IReadOnlyList<SearchField> searchFields = SearchFields.Defaults;
        var synonyms = SearchSynonyms.None;
        IReadOnlyList<FooterLink> footer = [];
        var precompress = false;

        foreach (var (key, value) in reader.Entries(root))
        {
            switch (key.Value)
            {
                case "title": title = reader.String(value, key.Value); break;
                case "description": description = reader.String(value, key.Value); break;
                case "language": reader.String(value, key.Value); break;
                case "base_url": baseUrl = ReadBaseUrl(reader, value); baseUrlAt = reader.At(value); break;
                case "articles_per_page":
                    if (reader.Integer(value, key.Value) is { } n)
                    {
                        if (n < 1) diagnostics.Error(ErrorCodes.BadConfig, reader.At(value), "'articles_per_page' moet minstens 1 zijn");
                        else perPage = n;
                    }

                    break;
                case "themes": themes = ReadTaxonomy(reader, key.Value, value, requireDescription: true); break;
                case "types": types = ReadTaxonomy(reader, key.Value, value, requireDescription: false); break;
                case "school_types": schoolTypes = ReadTaxonomy(reader, key.Value, value, requireDescription: false); break;
                case "regions": regions = ReadTaxonomy(reader, key.Value, value, requireDescription: false); break;
                case "search": searchFields = ReadSearch(reader, value, ref synonyms) ?? searchFields; break;
                case "footer": footer = FooterConfig.Read(reader, value) ?? footer; break;
                case "precompress": precompress = ReadPrecompress(reader, value) ?? precompress; break;
                default:
                    diagnostics.Error(ErrorCodes.BadConfig, key.At,
                        $"onbekende instelling '{key.Value}'.{Suggestions.Hint(key.Value, TopLevelKeys)}");
                    break;
            }
        }

        var start = SourceLocation.StartOf(displayPath);
        foreach (var (name, present) in new[] { ("title", title is not null), ("base_url", baseUrl is not null),
                     ("themes", themes is not null), ("types", types is not null) })
        {
            if (!present && !root.Children.ContainsKey(new YamlScalarNode(name)))
                diagnostics.Error(ErrorCodes.BadConfig, start, $"verplichte instelling '{name}' ontbreekt");
        }

        if (diagnostics.ErrorCount > errorsBefore)
            return null;

        return new SiteConfig
        {
            Title = title!,
            Description = description ?? "",
            BaseUrl = baseUrl!,
            BaseUrlAt = baseUrlAt,
            ArticlesPerPage = perPage,
            Themes = themes!,
            Types = types!,
            SchoolTypes = schoolTypes ?? new Taxonomy("school_types", []),
            Regions = regions ?? new Taxonomy("regions", []),
            SearchFields = searchFields,
            SearchSynonyms = synonyms,
            Footer = footer,
            Precompress = precompress,
        };
    }

    public static Uri NormalizeBaseUrl(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");

    /// <summary>
    /// The one rule for <c>base_url</c> in kennisbank.yml and <c>--base-url</c> on the command line: an absolute http or
    /// https URL without query or fragment (not javascript:, file: or ftp:), normalized to end in '/'; null otherwise.
    /// </summary>
    public static Uri? ParseBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment) && !text.Contains('#') && !text.Contains('?')
            ? NormalizeBaseUrl(url)
            : null;

    /// <summary>What is wrong with a value <see cref="ParseBaseUrl"/> refused, for the setting or option <paramref name="name"/>.</summary>
    public static string BaseUrlProblem(string name, string text) =>
        $"'{name}' moet een absolute http(s)-URL zonder ? of # zijn, bijvoorbeeld https://kennisbank.example.nl/ (gevonden: '{text}')";

    private static Uri? ReadBaseUrl(YamlReader reader, YamlNode value)
    {
        if (reader.String(value, "base_url") is not { } text)
            return null;
        if (ParseBaseUrl(text) is { } url)
            return url;
        reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(value), BaseUrlProblem("base_url", text));
        return null;
    }

    private static bool? ReadPrecompress(YamlReader reader, YamlNode value)
    {
        if (value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar)
            return scalar.Value == "true";
        reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(value),
            $"'precompress' moet true of false zijn, niet {YamlReader.Describe(value)} (true schrijft naast elk tekstbestand een .gz en een .br, voor een host die die zelf serveert)");
        return null;
    }

    private static Taxonomy? ReadTaxonomy(YamlReader reader, string name, YamlNode node, bool requireDescription)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node), $"'{name}' moet een blok met sleutels zijn");
            return null;
        }

        var terms = new List<TaxonomyTerm>();
        foreach (var (key, value) in reader.Entries(mapping))
        {
            if (!Slugs.IsValid(key.Value))
                reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At,
                    $"sleutel '{key.Value}' in '{name}' mag alleen kleine letters, cijfers en koppeltekens bevatten");
            if (value is not YamlMappingNode fields)
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(value), $"'{name}.{key.Value}' moet 'label' hebben");
                continue;
            }

            string? label = null, description = null, plural = null;
            foreach (var (field, fieldValue) in reader.Entries(fields))
            {
                switch (field.Value)
                {
                    case "label": label = reader.String(fieldValue, "label"); break;
                    case "description": description = reader.String(fieldValue, "description"); break;
                    case "plural": plural = reader.String(fieldValue, "plural"); break;
                    default:
                        reader.Diagnostics.Error(ErrorCodes.BadConfig, field.At,
                            $"onbekende sleutel '{field.Value}' in '{name}.{key.Value}'.{Suggestions.Hint(field.Value, TermKeys)}");
                        break;
                }
            }

            if (label is null)
                reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At, $"'{name}.{key.Value}' mist 'label'");
            if (requireDescription && description is null)
                reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At, $"'{name}.{key.Value}' mist 'description'");
            terms.Add(new TaxonomyTerm(key.Value, label ?? key.Value, description, plural));
        }

        return new Taxonomy(name, terms);
    }

    private static IReadOnlyList<SearchField>? ReadSearch(YamlReader reader, YamlNode node, ref SearchSynonyms synonyms)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node), "'search' moet een blok met 'fields' en 'synonyms' zijn");
            return null;
        }

        IReadOnlyList<SearchField>? result = null;
        foreach (var (key, value) in reader.Entries(mapping))
        {
            if (key.Value == "synonyms")
            {
                synonyms = SearchSynonymsReader.Read(reader, value) ?? synonyms;
                continue;
            }

            if (key.Value != "fields")
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At, $"onbekende sleutel '{key.Value}' in 'search'.{Suggestions.Hint(key.Value, ["fields", "synonyms"])}");
                continue;
            }

            if (value is not YamlMappingNode fields)
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(value), "'search.fields' moet veldnamen met een boost bevatten, bijvoorbeeld 'title: 10' of 'body: { boost: 1, terms: 55% }'");
                continue;
            }

            var list = new List<SearchField>();
            foreach (var (field, setting) in reader.Entries(fields))
            {
                if (!SearchFields.Known.Contains(field.Value))
                    reader.Diagnostics.Error(ErrorCodes.BadConfig, field.At,
                        $"onbekend zoekveld '{field.Value}' (mogelijk: {string.Join(", ", SearchFields.Known)}).{Suggestions.Hint(field.Value, SearchFields.Known)}");
                else if (ReadSearchField(reader, field.Value, setting) is { } searchField)
                    list.Add(searchField);
            }

            result = list;
        }

        return result;
    }

    // `body: 1` (a boost) or `body: { boost: 1, terms: 55% }` (a boost and the share of each article's terms to index).
    private static SearchField? ReadSearchField(YamlReader reader, string name, YamlNode setting)
    {
        if (setting is not YamlMappingNode mapping)
            return reader.Number(setting, name) is { } boost ? new SearchField(name, boost) : null;

        double? fieldBoost = 1;
        int? terms = null;
        var valid = true;
        foreach (var (key, value) in reader.Entries(mapping))
        {
            switch (key.Value)
            {
                case "boost":
                    fieldBoost = reader.Number(value, $"{name}.boost");
                    valid &= fieldBoost is not null;
                    break;
                case "terms":
                    terms = Percentage(value);
                    if (terms is null)
                        reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(value),
                            $"'{name}.terms' moet een percentage van 1% tot 100% zijn, bijvoorbeeld 55%, niet {YamlReader.Describe(value)} (laat de sleutel weg om elk woord te indexeren)");
                    valid &= terms is not null;
                    break;
                default:
                    reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At,
                        $"onbekende sleutel '{key.Value}' in zoekveld '{name}' (mogelijk: boost, terms).{Suggestions.Hint(key.Value, ["boost", "terms"])}");
                    valid = false;
                    break;
            }
        }

        return valid ? new SearchField(name, fieldBoost ?? 1, terms) : null;
    }

    private static int? Percentage(YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && text.EndsWith('%')
        && int.TryParse(text.AsSpan(0, text.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent)
        && percent is >= 1 and <= 100
            ? percent
            : null;
}
