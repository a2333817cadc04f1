using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Configuration;

/// <summary>
/// Reads <c>footer</c> from kennisbank.yml: a list of <c>{ label, page }</c> or <c>{ label, url }</c>. Whether each
/// page exists is checked once the pages are read (<c>Pages/ContentPageLoader</c>).
/// </summary>
public static class FooterConfig
{
    private static readonly string[] Keys = ["label", "page", "url"];

    public static IReadOnlyList<FooterLink>? Read(YamlReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode items)
        {
            reader.Diagnostics.Error(ErrorCodes.BadConfig, reader.At(node),
                "'footer' moet een lijst zijn, bijvoorbeeld:\n  - { label: Toegankelijkheid, page: toegankelijkheid }");
            return null;
        }

        var links = new List<FooterLink>();
        foreach (var item in items)
        {
            var at = reader.At(item);
            if (item is not YamlMappingNode fields)
            {
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, $"een regel van 'footer' moet 'label' en 'page' of 'url' hebben, niet {YamlReader.Describe(item)}");
                continue;
            }

            string? label = null, page = null, url = null;
            var unknownKey = false;
            foreach (var (key, value) in reader.Entries(fields))
            {
                switch (key.Value)
                {
                    case "label": label = reader.String(value, "label")?.Trim(); break;
                    case "page": page = reader.String(value, "page"); break;
                    case "url": url = reader.String(value, "url"); break;
                    default:
                        unknownKey = true;
                        reader.Diagnostics.Error(ErrorCodes.BadConfig, key.At,
                            $"onbekende sleutel '{key.Value}' in 'footer' (mogelijk: label, page, url).{Suggestions.Hint(key.Value, Keys)}");
                        break;
                }
            }

            if (unknownKey)
                continue;
            if (string.IsNullOrEmpty(label))
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, "een regel van 'footer' mist 'label' (de tekst van de link)");
            if ((page is null) == (url is null))
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, "een regel van 'footer' heeft 'page' (een pagina uit pages/) óf 'url', niet beide of geen van beide");
            else if (page is not null && !Slugs.IsValid(page))
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, $"'page: {page}' is geen paginanaam: gebruik de bestandsnaam zonder .md, bijvoorbeeld 'toegankelijkheid'");
            else if (url is not null && !IsAllowedUrl(url))
                reader.Diagnostics.Error(ErrorCodes.BadConfig, at, $"'url: {url}' moet een adres op de site zijn (/feed.xml) of een absolute http(s)-, mailto- of tel-link");
            else if (!string.IsNullOrEmpty(label))
                links.Add(new FooterLink(label, page, url, at));
        }

        return links;
    }

    private static bool IsAllowedUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto" or "tel");
}
