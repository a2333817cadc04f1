using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Publishing;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;
using Kennisbank.Validation;

namespace Kennisbank.Build;

/// <summary>
/// The whole pipeline: configuration → articles (load, front matter, validation, Markdown) → taxonomies and
/// related articles → pages → exporters → write. Every stage reports to one <see cref="DiagnosticBag"/>; the
/// site is written into a staging folder and swapped in only if no stage found an error.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var output = Path.GetFullPath(options.OutputDirectory);
        BuildResult Result(bool ok, int articles = 0, int pages = 0, int files = 0) =>
            new(ok, articles, pages, files, timings.Elapsed, output, diagnostics.Sorted) { Timings = timings.Stages };

        if (!OutputFolder.IsAllowed(output, [options.ContentDirectory, options.TemplatesDirectory],
                Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!, diagnostics))
            return Result(false);

        if (!options.DryRun)
            StagingFolder.Recover(output);
        var config = SiteConfigLoader.Load(options.ConfigFile, DisplayPaths.For(options.ConfigFile), diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDirectory, DisplayPaths.For(options.TemplatesDirectory), diagnostics);
        if (config is null)
            return Result(false);
        if (options.BaseUrl is { } baseUrl)
            config = config.WithBaseUrl(baseUrl);

        timings.Completed("configuration and templates");
        var articles = ArticleCompiler.Compile(config, options.ContentDirectory, options.IncludeDrafts, diagnostics);
        timings.Completed("articles: load, front matter, validation, Markdown");
        ArticleLints.Check(articles, diagnostics);
        var site = TaxonomyBuilder.Build(config, articles);
        timings.Completed("taxonomies and related articles");
        var pages = PagePlanner.Plan(site);
        IExporter[] exporters =
        [
            new SitemapExporter(), new AtomFeedExporter(), new ArticleApiExporter(), new RobotsExporter(),
            new AssetsExporter(options.TemplatesDirectory), new AttachmentExporter(), new SearchIndexExporter(),
        ];
        var files = exporters.SelectMany(e => e.Export(site, pages)).ToList();
        timings.Completed("pages and exporters");
        var plan = OutputPlan.Create(pages, files, diagnostics);
        InternalLinkChecker.Check(site.Articles, plan.SitePaths, diagnostics);
        var projectRoot = Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!;
        if (options.CheckPublishedUrls)
        {
            var list = Path.Combine(projectRoot, PublishedUrls.FileName);
            PublishedUrlGuard.Check(list, DisplayPaths.For(list), plan.SitePaths, site.Articles, diagnostics);
        }


        timings.Completed("output plan and link check");
        // Render even when earlier stages failed, so template errors show up in the same run; only write when clean.
        var writeSite = !diagnostics.HasErrors && !options.DryRun;
        var staging = writeSite ? StagingFolder.Create(output) : null;
        var renderer = new PageRenderer(templates, site);
        var done = 0;
        Parallel.ForEach(templates.HasErrors ? [] : pages, page =>
        {
            var html = renderer.Render(page, diagnostics);
            if (html is not null && staging is not null && !diagnostics.HasErrors)
                staging.Write(SitePaths(page.SitePath), html);
            var count = Interlocked.Increment(ref done);
            if (count % 500 == 0)
                options.Progress?.Invoke(count, pages.Count);
        });

        timings.Completed("templates and writing");
        if (staging is not null && !diagnostics.HasErrors)
        {
            foreach (var file in files)
                staging.Write(SitePaths(file.SitePath), file.Content.Span);
            staging.Commit();
            timings.Completed("swap in the new site");
        }

        return Result(!diagnostics.HasErrors, site.Articles.Count, pages.Count, pages.Count + files.Count) with
        {
            SitePaths = plan.SitePaths.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static string SitePaths(string sitePath) => Model.SitePaths.OutputFile(sitePath);
}
