using Kennisbank.Diagnostics;
using Kennisbank.Output;
using Kennisbank.Rendering;

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

        using var outputLock = options.DryRun ? null : OutputGuard.Take(output, diagnostics);
        if (!options.DryRun && outputLock is null)
            return Result(false);
        if (!options.DryRun && !OutputGuard.Recover(output, diagnostics))
            return Result(false);
        if (SiteCompiler.Compile(options, diagnostics, timings) is not var (config, templates, modules, site, pages, files, plan))
            return Result(false);

        var written = OutputGuard.Try(output, diagnostics, () => Write(options, options.Precompress || config.Precompress, diagnostics, timings, templates, modules, site, pages, files));
        return Result(written && !diagnostics.HasErrors, site.Articles.Count, pages.Count, pages.Count + files.Count) with
        {
            SitePaths = plan.SitePaths.Order(StringComparer.Ordinal).ToList(),
            Articles = site.Articles,
        };
    }

    private static void Write(BuildOptions options, bool precompress, DiagnosticBag diagnostics, StageTimings timings, TemplateSet templates,
        ScriptModules modules, Taxonomies.SiteModel site, IReadOnlyList<Pages.PageSpec> pages, IReadOnlyList<GeneratedFile> files)
    {
        var output = Path.GetFullPath(options.OutputDirectory);

        // Render even when earlier stages failed, so template errors show up in the same run; only write when clean.
        var writeSite = !diagnostics.HasErrors && !options.DryRun;
        var staging = writeSite ? StagingFolder.Create(output) : null;
        var renderer = new PageRenderer(templates, site, modules);
        // Feeds, API and the search index are made while pages render: rendering waits on the disk now and then.
        // A streamed file (the search index) goes straight into the staging folder; the rest is made in memory.
        var generating = staging is null ? Task.CompletedTask : Task.Run(() => Parallel.ForEach(files, file =>
        {
            if (file.IsStreamed)
                staging.Writer.Write(SitePaths(file.SitePath), file);
            else
                file.Prepare();
        }));
        var done = 0;
        try
        {
            Parallel.ForEach(templates.HasErrors ? [] : pages, page =>
            {
                renderer.Render(page, diagnostics, html =>
                {
                    if (staging is not null && !diagnostics.HasErrors)
                        staging.Write(SitePaths(page.SitePath), html);
                });
                var count = Interlocked.Increment(ref done);
                if (count % 500 == 0)
                    options.Progress?.Invoke(count, pages.Count);
            });
        }
        catch
        {
            // A failed write ends the build; the index writer must stop touching the staging folder before the lock goes.
            generating.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        timings.Completed("templates and writing");
        generating.Wait();
        if (staging is not null && !diagnostics.HasErrors)
        {
            foreach (var file in files.Where(f => !f.IsStreamed))
                staging.Writer.Write(SitePaths(file.SitePath), file);
            if (precompress)
            {
                Precompressor.Run(staging.Writer, pages.Select(p => p.SitePath).Concat(files.Select(f => f.SitePath)).Select(SitePaths));
                timings.Completed("precompress (.gz, .br)");
            }

            staging.Commit();
            timings.Completed("swap in the new site");
        }
    }

    private static string SitePaths(string sitePath) => Model.SitePaths.OutputFile(sitePath);
}
