using Kennisbank.Configuration;
using Kennisbank.Content;
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
/// The stages before rendering, shared by a full build and by <c>serve</c>'s incremental rebuilds: configuration
/// and templates → articles → taxonomies and related articles → pages → exporters → output plan and link checks.
/// </summary>
public static class SiteCompiler
{
    public static CompiledSite? Compile(BuildOptions options, DiagnosticBag diagnostics, StageTimings timings, ArticleCache? cache = null)
    {
        var config = SiteConfigLoader.Load(options.ConfigFile, DisplayPaths.For(options.ConfigFile), diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDirectory, DisplayPaths.For(options.TemplatesDirectory), diagnostics);
        if (config is null)
            return null;
        if (options.BaseUrl is { } baseUrl)
            config = config.WithBaseUrl(baseUrl);
        PlaceholderBaseUrl.Check(config, DisplayPaths.For(options.ConfigFile), diagnostics);
        timings.Completed("configuration and templates");

        var articles = ArticleCompiler.Compile(config, options.ContentDirectory, options.IncludeDrafts, diagnostics, cache);
        timings.Completed("articles: load, front matter, validation, Markdown");
        ArticleLints.Check(articles, diagnostics);
        var site = TaxonomyBuilder.Build(config, articles);
        timings.Completed("taxonomies and related articles");
        // A build that writes starts the search index now, beside the single-threaded stages below; serve builds it
        // only after the edited pages are written, and a dry run never.
        var search = cache is null && !options.DryRun && !diagnostics.HasErrors ? SearchIndexExporter.StartBuilding(site) : new SearchIndexExporter();

        var configFolder = Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!;
        var contentPages = ContentPageLoader.Load(config, Path.Combine(configFolder, ContentPageLoader.FolderName),
            DisplayPaths.For(Path.Combine(configFolder, ContentPageLoader.FolderName)), options.ContentDirectory, site.Articles, diagnostics);
        var pages = PagePlanner.Plan(site, contentPages);
        var assets = Assets(options.TemplatesDirectory, diagnostics);
        IExporter[] exporters =
        [
            new SitemapExporter(), new AtomFeedExporter(), new ArticleApiExporter(), new RobotsExporter(),
            new AssetsExporter(assets), new AttachmentExporter(), search,
        ];
        var files = exporters.SelectMany(e => e.Export(site, pages)).ToList();
        timings.Completed("pages planned");

        var plan = OutputPlan.Create(pages, files, diagnostics);
        InternalLinkChecker.Check(site.Articles, plan.SitePaths, diagnostics);
        ContentPageLoader.CheckLinks(contentPages, plan.SitePaths, diagnostics);
        if (options.CheckPublishedUrls)
        {
            var list = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!, PublishedUrls.FileName);
            PublishedUrlGuard.Check(list, DisplayPaths.For(list), plan.SitePaths, site.Articles, diagnostics);
        }

        timings.Completed("output plan and link check");
        return new CompiledSite(config, templates, ScriptModules.Read(assets), site, pages, files, plan);
    }

    private static IReadOnlyList<ProjectFile> Assets(string templatesDirectory, DiagnosticBag diagnostics)
    {
        var folder = new ProjectFolder(Path.Combine(templatesDirectory, "assets"), DisplayPaths.For(templatesDirectory) + "/assets", InputLimits.AssetBytes);
        return folder.Exists ? folder.Files(_ => true, diagnostics) : [];
    }
}
