using Kennisbank.Diagnostics;
using Kennisbank.Output;

namespace Kennisbank.Pages;

/// <summary>
/// Every file the build will write, checked before anything is written, by one collision rule: no two outputs on
/// one file, and no output whose path runs through another's file (an alias <c>/feed.xml</c> would become
/// <c>feed.xml/index.html</c>, a folder where the feed is a file). Pages and generated files (feeds, API, search
/// files, assets, attachments) claim their paths first, aliases last, so an alias always yields: KB202 when it names
/// a page, KB205 when it names a generated file. No path may leave the output folder (KB204).
/// </summary>
public sealed class OutputPlan
{
    private enum Kind { Page, File, Alias }

    private readonly Dictionary<string, (string Owner, Kind Kind)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Owner, Kind Kind)> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sitePaths = new(StringComparer.Ordinal);

    public IReadOnlySet<string> SitePaths => _sitePaths;

    public static OutputPlan Create(IReadOnlyList<PageSpec> pages, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var plan = new OutputPlan();
        foreach (var page in pages.Where(p => !IsRedirect(p)))
            plan.Claim(page.SitePath, page.Title, page.Origin, Kind.Page, diagnostics);
        foreach (var file in files)
            plan.Claim(file.SitePath, file.Origin, null, Kind.File, diagnostics);
        foreach (var alias in pages.Where(IsRedirect))
            plan.Claim(alias.SitePath, "alias", alias.Origin, Kind.Alias, diagnostics);
        return plan;
    }

    private static bool IsRedirect(PageSpec page) => page.Template == "redirect.html";

    private void Claim(string sitePath, string origin, SourceLocation? at, Kind kind, DiagnosticBag diagnostics)
    {
        var file = Model.SitePaths.OutputFile(sitePath);
        var location = at ?? SourceLocation.StartOf(sitePath);
        if (!OutputFolder.StaysInside(file))
        {
            diagnostics.Error(ErrorCodes.UnsafePath, location, $"'{sitePath}' zou buiten de uitvoermap terechtkomen");
            return;
        }

        if (Conflict(file) is { } taken)
        {
            Report(sitePath, origin, location, kind, taken, diagnostics);
            return;
        }

        _files[file] = (origin, kind);
        foreach (var folder in Folders(file))
            _folders.TryAdd(folder, (origin, kind));
        _sitePaths.Add(sitePath);
    }

    /// <summary>Who already holds this file, a file below it (it would have to be a folder), or a folder above it as a file.</summary>
    private (string Owner, Kind Kind)? Conflict(string file)
    {
        if (_files.TryGetValue(file, out var owner) || _folders.TryGetValue(file, out owner))
            return owner;
        foreach (var folder in Folders(file))
        {
            if (_files.TryGetValue(folder, out owner))
                return owner;
        }

        return null;
    }

    private static void Report(string sitePath, string origin, SourceLocation at, Kind kind, (string Owner, Kind Kind) taken,
        DiagnosticBag diagnostics)
    {
        if (kind == Kind.Alias && taken.Kind == Kind.Page)
            diagnostics.Error(ErrorCodes.AliasCollision, at,
                $"alias '{sitePath}' valt samen met een bestaande pagina ({taken.Owner}); een alias mag alleen een adres zijn dat niet meer bestaat");
        else if (kind == Kind.Alias && taken.Kind == Kind.File)
            diagnostics.Error(ErrorCodes.AliasNamesGeneratedFile, at,
                $"alias '{sitePath}' valt samen met een bestand dat de build zelf maakt ({taken.Owner}); kies een oud adres dat niet meer bestaat");
        else if (kind == Kind.Alias)
            diagnostics.Error(ErrorCodes.AliasCollision, at, $"alias '{sitePath}' valt samen met een andere alias ({taken.Owner})");
        else if (kind == Kind.Page && taken.Kind == Kind.Page)
            diagnostics.Error(ErrorCodes.DuplicateSlug, at, $"twee pagina's willen '{sitePath}' zijn: {taken.Owner} en {origin}");
        else
            diagnostics.Error(ErrorCodes.OutputPathClash, at, $"twee uitvoerbestanden willen '{sitePath}' zijn of erdoorheen: {taken.Owner} en {origin}");
    }

    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            yield return file[..slash];
    }
}
