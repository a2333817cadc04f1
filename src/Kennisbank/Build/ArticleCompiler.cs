using Kennisbank.Configuration;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Markdown;
using Kennisbank.Model;
using Kennisbank.Validation;

namespace Kennisbank.Build;

/// <summary>
/// Stages 1–4 for all articles: load, front matter, validation, site rules, Markdown. Per-file work runs in
/// parallel; results keep the files' ordinal order so everything downstream is deterministic.
/// </summary>
public static class ArticleCompiler
{
    public static IReadOnlyList<Article> Compile(SiteConfig config, string contentDirectory, bool includeDrafts, DiagnosticBag diagnostics,
        ArticleCache? cache = null)
    {
        var files = Load(contentDirectory, diagnostics, cache);
        var validator = new ArticleValidator(config);
        var entries = new ArticleCache.Entry[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var file = files[i]!;
            // A file's text is not needed once it is parsed (its body is a copy): at 100,000 articles the texts are
            // 1.6 GB, which a build should not hold beside the bodies. serve's cache keeps them to compare.
            files[i] = null;
            if (cache?.Find(file.FullPath, file.Text) is { } cached)
            {
                entries[i] = cached;
                return;
            }

            // Each file reports into its own bag first, so its diagnostics can be cached and replayed.
            var local = new DiagnosticBag();
            Article? parsed = null;
            CurrentWork.Start(file.DisplayPath);
            try
            {
                if (FrontMatterSplitter.Split(file, local) is { } block && FrontMatterParser.Parse(file.DisplayPath, block, local) is { } matter)
                {
                    var contentPath = Path.GetRelativePath(contentDirectory, file.FullPath).Replace('\\', '/');
                    parsed = validator.Validate(file, contentPath, block, matter, local);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                parsed = null;
                Unforeseen(local, file.DisplayPath, e);
            }

            entries[i] = new ArticleCache.Entry { Text = cache is null ? "" : file.Text, Parsed = parsed, ParseDiagnostics = local.All };
            cache?.Store(file.FullPath, entries[i]);
        });

        foreach (var entry in entries)
            diagnostics.AddRange(entry.ParseDiagnostics);
        var articles = SiteRules.Check(entries.Select(e => e.Parsed).OfType<Article>().ToList(), diagnostics)
            .Where(a => includeDrafts || !a.Draft)
            .ToList();
        var byPath = entries.Where(e => e.Parsed is not null).ToDictionary(e => e.Parsed!.FullPath, StringComparer.Ordinal);
        return RenderBodies(config, contentDirectory, articles, byPath, keepSources: cache is not null, diagnostics);
    }

    // The files as an array whose slots the caller can clear, with no other reference to them left behind.
    private static SourceFile?[] Load(string contentDirectory, DiagnosticBag diagnostics, ArticleCache? cache)
    {
        var files = ContentLoader.Load(contentDirectory, DisplayPaths.For(contentDirectory), diagnostics);
        cache?.Retain(files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal));
        return files.ToArray();
    }

    private static IReadOnlyList<Article> RenderBodies(SiteConfig config, string contentDirectory, List<Article> articles,
        Dictionary<string, ArticleCache.Entry> entries, bool keepSources, DiagnosticBag diagnostics)
    {
        var linkMap = new ArticleLinkMap(articles.ToDictionary(a => a.ContentPath, a => a.Slug, StringComparer.Ordinal));
        var linkContext = config.BasePath + "\n" + string.Join("\n", articles.Select(a => a.ContentPath + " " + a.Slug).Order(StringComparer.Ordinal));
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(config.BasePath, linkMap, contentDirectory, DisplayPaths.For(contentDirectory)));
        var rendered = new Article[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var entry = entries[article.FullPath];
            if (entry.Rendered is { } done && entry.LinkContext == linkContext)
            {
                rendered[i] = done;
                return;
            }

            var local = new DiagnosticBag();
            var source = new ArticleSource(article.SourcePath, article.FullPath, article.ContentPath, article.Slug, article.BodyFirstLine);
            CurrentWork.Start(article.SourcePath);
            RenderedMarkdown body;
            try
            {
                body = renderer.Render(article.Markdown, source, local);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                body = new RenderedMarkdown([], [], [], 0, [], new HashSet<string>(), []);
                Unforeseen(local, article.SourcePath, e);
            }

            // The Markdown source is not needed after this stage; dropping it keeps 100,000 articles inside memory.
            rendered[i] = article with { Body = body, Markdown = "" };
            entry.Rendered = rendered[i];
            entry.LinkContext = linkContext;
            entry.RenderDiagnostics = local.All;
            if (!keepSources)
            {
                // Nothing holds the Markdown source any more, so it goes as soon as its body is rendered.
                articles[i] = rendered[i];
                entry.Parsed = null;
            }
        });

        foreach (var article in articles)
            diagnostics.AddRange(entries[article.FullPath].RenderDiagnostics);
        return rendered;
    }

    /// <summary>An exception no stage foresaw, while reading one article: a located error for that file, not a crash.</summary>
    private static void Unforeseen(DiagnosticBag diagnostics, string displayPath, Exception e) =>
        diagnostics.Error(ErrorCodes.UnexpectedFailure, SourceLocation.StartOf(displayPath),
            $"onverwachte fout bij het verwerken van dit artikel: {e.Message} ({e.GetType().Name}); meld dit, met het bestand, bij de beheerders van de kennisbank");
}
