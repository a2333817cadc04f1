using Kennisbank.Configuration;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Markdown;
using Kennisbank.Model;
using Kennisbank.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Pages;

/// <summary>
/// Reads the editors' own pages from <c>pages/</c> beside kennisbank.yml: front matter with <c>title</c>, <c>summary</c>
/// and optionally <c>updated</c>, then Markdown rendered like an article body. Problems are located errors KB120–KB124;
/// a footer link to a page that does not exist is a KB501 error at its line in kennisbank.yml.
/// </summary>
public static class ContentPageLoader
{
    public const string FolderName = "pages";

    private static readonly string[] Keys = ["title", "summary", "updated"];

    // First path segments the site itself uses: a page there would hide or mix with generated pages.
    private static readonly string[] Reserved =
        ["artikelen", "themas", "soorten", "schoolsoorten", "regios", "tags", "zoeken", "embed", "api", "search", "assets", "pagina"];

    public static IReadOnlyList<ContentPage> Load(SiteConfig config, string folder, string displayFolder, string contentDirectory,
        IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var pages = new List<ContentPage>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            var linkMap = new ArticleLinkMap(articles.ToDictionary(a => a.ContentPath, a => a.Slug, StringComparer.Ordinal));
            // Links to articles resolve as in articles; files beside a page (a form, a PDF) come from pages/ and are
            // published under the page's URL, through the same input guard as an article's attachments.
            var links = new LinkResolver(config.BasePath, linkMap, folder, displayFolder) { FolderName = $"{displayFolder}/" };
            var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), links);
            // Only regular files inside pages/, as for articles (issue 11): never a link to a file elsewhere.
            var files = new ProjectFolder(folder, displayFolder, InputLimits.ArticleBytes)
                .Files(p => p.EndsWith(".md", StringComparison.Ordinal) && !p.Contains('/'), diagnostics);
            foreach (var found in files)
            {
                names.Add(Path.GetFileNameWithoutExtension(found.FullPath));
                if (ContentLoader.Read(found, diagnostics) is { } file && Read(file, renderer, diagnostics) is { } page)
                    pages.Add(page);
            }
        }

        // A page that exists but has mistakes of its own is not reported a second time here.
        foreach (var link in config.Footer.Where(l => l.Page is not null && !names.Contains(l.Page)))
            diagnostics.Error(ErrorCodes.BadConfig, link.At,
                $"de voettekst linkt naar pagina '{link.Page}', maar {displayFolder}/{link.Page}.md bestaat niet.{Existing(link.Page!, names)}");
        return pages;
    }

    private static string Existing(string page, IReadOnlySet<string> names) =>
        Suggestions.Hint(page, names) is { Length: > 0 } hint ? hint
        : names.Count > 0 ? $" Wel aanwezig: {string.Join(", ", names.Order(StringComparer.Ordinal))}."
        : $" Maak het bestand aan, of haal de regel weg.";

    /// <summary>Links inside the pages must lead to a page of the site, as in articles.</summary>
    public static void CheckLinks(IReadOnlyList<ContentPage> pages, IReadOnlySet<string> sitePaths, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            foreach (var link in page.Body.InternalLinks)
            {
                var path = link.Path.Length == 0 ? page.Url : link.Path;
                if (!sitePaths.Contains(path) && !sitePaths.Contains(path + "/"))
                    diagnostics.Error(ErrorCodes.BrokenLink, link.At, $"link naar '{link.Written}', maar die pagina bestaat niet.{Suggestions.Hint(path, sitePaths)}");
            }
        }
    }

    private static ContentPage? Read(SourceFile file, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.StartOf(file.DisplayPath);
        var name = Path.GetFileNameWithoutExtension(file.FullPath);
        var errorsBefore = diagnostics.ErrorCount;
        if (!Slugs.IsValid(name))
            diagnostics.Error(ErrorCodes.BadPageName, start,
                $"'{Path.GetFileName(file.FullPath)}': de bestandsnaam is het adres van de pagina en mag alleen kleine letters, cijfers en koppeltekens bevatten (bijvoorbeeld '{Slugs.From(name)}.md')");
        else if (Reserved.Contains(name))
            diagnostics.Error(ErrorCodes.BadPageName, start,
                $"'{name}' is al een deel van de site (/{name}/); kies een andere bestandsnaam");

        // The splitter speaks of articles; a page gets its own message at the same place.
        var split = new DiagnosticBag();
        if (FrontMatterSplitter.Split(file, split) is not { } block)
        {
            diagnostics.Error(ErrorCodes.PageWithoutFrontMatter, start,
                "een pagina begint met een regel '---', dan 'title:' en 'summary:' (en eventueel 'updated:'), en weer een regel '---'");
            return null;
        }

        var reader = new YamlReader(file.DisplayPath, block.YamlFirstLine - 1, diagnostics);
        if (reader.ParseMapping(block.Yaml, "de front matter") is not { } mapping)
            return null;

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in reader.Entries(mapping))
        {
            if (Keys.Contains(key.Value))
                values[key.Value] = value;
            else
                diagnostics.Error(ErrorCodes.UnknownPageKey, key.At,
                    $"onbekende sleutel '{key.Value}' in de front matter van een pagina (mogelijk: {string.Join(", ", Keys)}).{Suggestions.Hint(key.Value, Keys)}");
        }

        string? Text(string key, int min, int max)
        {
            if (!values.TryGetValue(key, out var node))
            {
                diagnostics.Error(ErrorCodes.MissingPageKey, start, $"verplichte sleutel '{key}' ontbreekt in de front matter van de pagina");
                return null;
            }

            var text = reader.String(node, key)?.Trim();
            if (text is not null && (text.Length < min || text.Length > max))
                diagnostics.Error(ErrorCodes.InvalidPageValue, reader.At(node), $"'{key}' moet {min} tot {max} tekens lang zijn (nu {text.Length})");
            return text;
        }

        var title = Text("title", 3, 120);
        var summary = Text("summary", 1, 300);
        var updated = values.TryGetValue("updated", out var updatedNode) ? reader.Date(updatedNode, "updated") : null;
        var source = new ArticleSource(file.DisplayPath, file.FullPath, Path.GetFileName(file.FullPath), name, block.BodyFirstLine) { Url = $"/{name}/" };
        var body = renderer.Render(block.Body, source, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore || title is null || summary is null)
            return null;
        return new ContentPage { Name = name, Title = title, Summary = summary, Updated = updated, Body = body, At = start };
    }
}
