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
    public static IReadOnlyList<Article> Compile(SiteConfig config, string contentDirectory, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var displayRoot = DisplayPaths.For(contentDirectory);
        var files = ContentLoader.Load(contentDirectory, displayRoot, diagnostics);
        var validator = new ArticleValidator(config);
        var parsed = new Article?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (FrontMatterSplitter.Split(file, diagnostics) is not { } block
                || FrontMatterParser.Parse(file.DisplayPath, block, diagnostics) is not { } matter)
                return;
            var contentPath = Path.GetRelativePath(contentDirectory, file.FullPath).Replace('\\', '/');
            parsed[i] = validator.Validate(file, contentPath, block, matter, diagnostics);
        });

        var articles = SiteRules.Check(parsed.OfType<Article>().ToList(), diagnostics)
            .Where(a => includeDrafts || !a.Draft)
            .ToList();
        return RenderBodies(config, contentDirectory, articles, diagnostics);
    }

    private static IReadOnlyList<Article> RenderBodies(SiteConfig config, string contentDirectory, List<Article> articles, DiagnosticBag diagnostics)
    {
        var linkMap = new ArticleLinkMap(articles.ToDictionary(a => a.ContentPath, a => a.Slug, StringComparer.Ordinal));
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(config.BasePath, linkMap, contentDirectory));
        var rendered = new Article[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var source = new ArticleSource(article.SourcePath, article.FullPath, article.ContentPath, article.Slug, article.BodyFirstLine);
            var body = renderer.Render(article.Markdown, source, diagnostics);
            // The Markdown source is not needed after this stage; dropping it keeps 10,000 articles well inside memory.
            rendered[i] = article with { Body = body, Markdown = "" };
        });
        return rendered;
    }
}
