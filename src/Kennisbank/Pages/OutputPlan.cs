using Kennisbank.Diagnostics;
using Kennisbank.Model;
using Kennisbank.Output;

namespace Kennisbank.Pages;

/// <summary>
/// Every file the build will write, checked before anything is written: no two pages on one path (an alias
/// that points at an existing page is a KB202 error at the alias), and no path that would leave the output folder.
/// </summary>
public sealed class OutputPlan
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public IReadOnlySet<string> SitePaths => _sitePaths;

    private readonly HashSet<string> _sitePaths = new(StringComparer.Ordinal);

    public static OutputPlan Create(IReadOnlyList<PageSpec> pages, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var plan = new OutputPlan();
        foreach (var page in pages.OrderBy(p => p.Template == "redirect.html" ? 1 : 0))
            plan.Claim(page.SitePath, page.Template == "redirect.html" ? $"alias" : page.Title, page.Origin, page.Template == "redirect.html", diagnostics);
        foreach (var file in files)
            plan.Claim(file.SitePath, file.Origin, null, false, diagnostics);
        return plan;
    }

    private void Claim(string sitePath, string origin, SourceLocation? at, bool isAlias, DiagnosticBag diagnostics)
    {
        var file = Model.SitePaths.OutputFile(sitePath);
        var location = at ?? SourceLocation.StartOf(sitePath);
        if (!OutputFolder.StaysInside(file))
        {
            diagnostics.Error(ErrorCodes.UnsafePath, location, $"'{sitePath}' zou buiten de uitvoermap terechtkomen");
            return;
        }

        if (_owners.TryGetValue(file, out var owner))
        {
            diagnostics.Error(isAlias ? ErrorCodes.AliasCollision : ErrorCodes.DuplicateSlug, location, isAlias
                ? $"alias '{sitePath}' valt samen met een bestaande pagina ({owner}); een alias mag alleen een adres zijn dat niet meer bestaat"
                : $"twee pagina's willen '{sitePath}' zijn: {owner} en {origin}");
            return;
        }

        _owners[file] = origin;
        _sitePaths.Add(sitePath);
    }
}
