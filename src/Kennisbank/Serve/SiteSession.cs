using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kennisbank.Build;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Rendering;

namespace Kennisbank.Serve;

/// <summary>
/// The site as <c>serve</c> keeps it between edits. A rebuild parses and renders only the articles whose files
/// changed (<see cref="ArticleCache"/>), re-renders only the pages whose inputs changed (<see cref="PageFingerprint"/>)
/// and writes only files whose bytes changed, straight into the served folder. When a rebuild finds a problem,
/// nothing is written: the last good site stays served and the problems go to the browser.
/// </summary>
public sealed class SiteSession(BuildOptions options)
{
    private readonly ArticleCache _cache = new();
    private readonly Lock _gate = new();
    private Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    public BuildOptions Options => options;

    public RebuildResult Rebuild()
    {
        lock (_gate)
            return RebuildLocked();
    }

    private RebuildResult RebuildLocked()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var output = Path.GetFullPath(options.OutputDirectory);
        RebuildResult Failed() => new(false, diagnostics.Sorted, [], 0, 0, clock.Elapsed, TimeSpan.Zero);

        if (!OutputFolder.IsAllowed(output, [options.ContentDirectory, options.TemplatesDirectory],
                Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!, diagnostics))
            return Failed();
        using var outputLock = OutputGuard.Take(output, diagnostics);
        if (outputLock is null)
            return Failed();
        var compiled = SiteCompiler.Compile(options, diagnostics, new StageTimings(), _cache);
        if (compiled is null || diagnostics.HasErrors || compiled.Templates.HasErrors)
            return Failed();

        var siteVersion = PageFingerprint.SiteVersion(File.ReadAllText(options.ConfigFile), TemplatesDigest(), compiled.Site);
        var renderer = new PageRenderer(compiled.Templates, compiled.Site, compiled.Modules, options.LiveReload);
        var writer = new OutputWriter(output);
        var fingerprints = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var rendered = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.ForEach(compiled.Pages, page =>
        {
            var fingerprint = PageFingerprint.Compute(page, siteVersion);
            fingerprints[page.SitePath] = fingerprint;
            var file = SitePaths.OutputFile(page.SitePath);
            if (_fingerprints.GetValueOrDefault(page.SitePath) == fingerprint && File.Exists(Path.Combine(output, file)))
                writer.Keep(file);
            else if (renderer.Render(page, diagnostics) is { } html)
                rendered[file] = html;
        });
        if (diagnostics.HasErrors)
            return Failed();

        // Pages first, so the browser can reload as soon as the edited page is on disk; then feeds, index and the rest.
        // A refused write (full disk, read-only folder) is KB602 like in build; serve keeps running for the next save.
        var changed = new List<string>();
        var pagesReady = TimeSpan.Zero;
        var written = OutputGuard.Try(output, diagnostics, () =>
        {
            foreach (var (file, html) in rendered.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var before = writer.Written;
                writer.Write(file, html);
                if (writer.Written > before)
                    changed.Add(file);
            }

            pagesReady = clock.Elapsed;
            foreach (var generated in compiled.Files)
            {
                var file = SitePaths.OutputFile(generated.SitePath);
                var before = writer.Written;
                writer.Write(file, generated);
                if (writer.Written > before)
                    changed.Add(file);
            }

            changed.AddRange(writer.RemoveStale().Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')));
        });
        if (!written)
        {
            // What was on disk before may now be partly new: render every page again on the next save.
            _fingerprints.Clear();
            return Failed();
        }

        _fingerprints = new Dictionary<string, string>(fingerprints, StringComparer.Ordinal);
        return new RebuildResult(true, diagnostics.Sorted, changed, rendered.Count, compiled.Pages.Count, clock.Elapsed, pagesReady);
    }

    private string TemplatesDigest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The same files the build may read (regular, inside templates/); what it refuses is already reported.
        var folder = new ProjectFolder(options.TemplatesDirectory, "templates", InputLimits.AssetBytes);
        foreach (var file in folder.Files(_ => true, new DiagnosticBag()))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.RelativePath));
            hash.AppendData(file.ReadAllBytes());
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
