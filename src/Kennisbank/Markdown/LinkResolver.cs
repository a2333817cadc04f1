using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// Rewrites the links of one article body before it is rendered: site URLs (<c>/artikelen/x/</c>) get the
/// base path, links to another article's file (<c>../burgerschap/debatclub.md#kop</c>) become its URL, files
/// beside the article (images, PDFs) become attachments served under the article's URL, and unsafe schemes are
/// refused. Every internal link is returned so it can be checked once all pages are known.
/// </summary>
public sealed class LinkResolver(string basePath, ArticleLinkMap links, string contentDirectory, string contentDisplayRoot = "content")
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private static readonly string[] AttachmentExtensions =
        [".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".png", ".jpg", ".jpeg", ".gif", ".svg"];

    private readonly string _contentRoot = Path.GetFullPath(contentDirectory) + Path.DirectorySeparatorChar;

    private readonly ProjectFolder _content = new(contentDirectory, contentDisplayRoot, InputLimits.AttachmentBytes);

    /// <summary>Where attachments may live, in words: articles take theirs from content/, editors' pages from pages/.</summary>
    public string FolderName { get; init; } = "met artikelen";

    public (IReadOnlyList<InternalLink> Links, IReadOnlyList<Attachment> Attachments) Resolve(
        MarkdownDocument document, ArticleSource source, DiagnosticBag diagnostics)
    {
        var found = new List<InternalLink>();
        var attachments = new List<Attachment>();
        var displayPath = source.DisplayPath;
        var contentPath = source.ContentPath;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var at = new SourceLocation(displayPath, source.BodyFirstLine + link.Line, link.Column + 1);
            if (link.IsImage && PlainTextExtractor.InlineText(link).Trim().Length == 0)
                diagnostics.Error(ErrorCodes.ImageWithoutAlt, at,
                    "afbeelding zonder alt-tekst: beschrijf tussen de haken wat er te zien is, bijvoorbeeld ![Plattegrond van de nieuwe vleugel](plattegrond.png)");
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
                if (link.IsImage)
                    diagnostics.Error(ErrorCodes.ExternalImage, at,
                        $"afbeelding van een andere site ('{url}'): de kennisbank doet geen externe verzoeken; zet het bestand naast het artikel");
                else if (!SafeSchemes.Contains(scheme.ToLowerInvariant()))
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
                ResolveAttachment(link, path, anchor, source, at, attachments, diagnostics);
            }
        }

        return (found, attachments);
    }

    /// <summary>A relative link to a file beside the article (or an editors' page): copied to its URL + the file, images get their size.</summary>
    private void ResolveAttachment(LinkInline link, string path, string? anchor, ArticleSource source, SourceLocation at,
        List<Attachment> attachments, DiagnosticBag diagnostics)
    {
        var relative = Uri.UnescapeDataString(path).Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source.FullPath)!, relative));
        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (!full.StartsWith(_contentRoot, StringComparison.Ordinal) || relative.StartsWith('/'))
        {
            diagnostics.Error(ErrorCodes.MissingAttachment, at, $"'{path}' ligt buiten de map {FolderName}");
            return;
        }

        if (!AttachmentExtensions.Contains(extension))
        {
            diagnostics.Error(ErrorCodes.UnsupportedAttachment, at,
                $"'{path}' is geen ondersteunde bijlage ({string.Join(", ", AttachmentExtensions)}); link naar een artikel met /artikelen/slug/ of het .md-bestand");
            return;
        }

        if (!ProjectFolder.ExistsOrIsLink(full))
        {
            diagnostics.Error(ErrorCodes.MissingAttachment, at,
                $"bijlage '{path}' bestaat niet naast {source.DisplayPath}.{Suggestions.Hint(Path.GetFileName(full), AttachmentFiles.NamesBeside(full))}");
            return;
        }

        // Read only as a regular file inside content/: never through a link to /etc/passwd, a device or a loop.
        if (_content.Find(full, at, diagnostics) is not { } file)
            return;

        if (extension == ".svg")
            SvgAllowList.Check(file.RealPath, DisplayPathOf(source, full), diagnostics);

        // Beside the article (or below it): under the article's own URL; elsewhere in content/: at its place there.
        var articleFolder = Path.GetDirectoryName(source.FullPath)! + Path.DirectorySeparatorChar;
        var sitePath = full.StartsWith(articleFolder, StringComparison.Ordinal)
            ? $"{source.Url}{full[articleFolder.Length..].Replace('\\', '/')}"
            : $"/bijlagen/{full[_contentRoot.Length..].Replace('\\', '/')}";
        attachments.Add(new Attachment(file.RealPath, sitePath));
        link.Url = basePath + sitePath[1..] + (anchor is null ? "" : "#" + anchor);
        if (link.IsImage && ImageSize.Read(file.RealPath) is var (width, height))
        {
            link.GetAttributes().AddPropertyIfNotExist("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            link.GetAttributes().AddPropertyIfNotExist("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>How messages name a file in content/: as the article's path is shown, with the file's place in content/.</summary>
    private string DisplayPathOf(ArticleSource source, string full) =>
        source.DisplayPath[..^source.ContentPath.Length] + full[_contentRoot.Length..].Replace('\\', '/');

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
