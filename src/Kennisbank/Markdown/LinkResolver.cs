using Kennisbank.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// Rewrites the links of one article body before it is rendered: site URLs (<c>/artikelen/x/</c>) get the
/// base path, links to another article's file (<c>../burgerschap/debatclub.md#kop</c>) become its URL, and
/// unsafe schemes are refused. Every internal link is returned so it can be checked once all pages are known.
/// </summary>
public sealed class LinkResolver(string basePath, ArticleLinkMap links)
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public IReadOnlyList<InternalLink> Resolve(MarkdownDocument document, string displayPath, string contentPath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var found = new List<InternalLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var at = new SourceLocation(displayPath, bodyFirstLine + link.Line, link.Column + 1);
            var url = link.Url?.Trim() ?? "";
            if (url.Length == 0)
            {
                diagnostics.Error(ErrorCodes.BrokenLink, at, "een link zonder adres: vul tussen de haakjes een URL of /artikelen/slug/ in");
                continue;
            }

            var (path, anchor) = SplitAnchor(url);
            if (path.Length == 0)
            {
                found.Add(new InternalLink("", anchor, url, at));
            }
            else if (HasScheme(path, out var scheme))
            {
                if (!SafeSchemes.Contains(scheme.ToLowerInvariant()))
                {
                    diagnostics.Error(ErrorCodes.BrokenLink, at, $"onveilige link '{url}': alleen http, https, mailto en tel zijn toegestaan");
                    link.Url = "#";
                }
                else if (!Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    diagnostics.Error(ErrorCodes.BrokenLink, at, $"ongeldige URL '{url}'");
                }
            }
            else if (path.StartsWith("//", StringComparison.Ordinal))
            {
                diagnostics.Error(ErrorCodes.BrokenLink, at, $"link '{url}' zonder protocol: schrijf https://{path[2..]}");
            }
            else if (path.StartsWith('/'))
            {
                link.Url = basePath + path[1..] + (anchor is null ? "" : "#" + anchor);
                found.Add(new InternalLink(path, anchor, url, at));
            }
            else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var target = ResolveContentPath(contentPath, path);
                if (target is not null && links.SlugFor(target) is { } slug)
                {
                    var sitePath = $"/artikelen/{slug}/";
                    link.Url = basePath + sitePath[1..] + (anchor is null ? "" : "#" + anchor);
                    found.Add(new InternalLink(sitePath, anchor, url, at));
                }
                else
                {
                    diagnostics.Error(ErrorCodes.BrokenLink, at,
                        $"link naar een artikel dat niet bestaat: '{path}'.{Suggestions.Hint(target ?? path, links.ContentPaths)}");
                }
            }
            else
            {
                diagnostics.Error(ErrorCodes.BrokenLink, at,
                    $"relatieve link '{url}' wordt niet ondersteund: link naar een artikel met /artikelen/slug/ of met het pad van het .md-bestand");
            }
        }

        return found;
    }

    private static (string Path, string? Anchor) SplitAnchor(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }

    private static bool HasScheme(string url, out string scheme)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        scheme = colon > 0 ? url[..colon] : "";
        return colon > 0 && (slash < 0 || colon < slash) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    /// <summary>Resolves a relative .md path against the linking file; null if it leaves the content folder.</summary>
    private static string? ResolveContentPath(string fromContentPath, string relative)
    {
        var parts = new List<string>(fromContentPath.Split('/')[..^1]);
        foreach (var part in Uri.UnescapeDataString(relative).Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
