using Kennisbank.Diagnostics;

namespace Kennisbank.Output;

/// <summary>
/// Guards the output folder before anything is written. Refused, each with a located KB6xx error: the project root,
/// a folder above it, the home folder, a disk root, <c>content/</c> or <c>templates/</c> (being, holding or inside
/// them) — compared both as written and with every symbolic link followed; an output (or its <c>.NAME.spare</c>,
/// <c>.NAME.swapping</c> or <c>.NAME.lock</c> sibling) that is itself a link, or that lies in the project but leads outside it through a
/// link higher up (KB604); and an existing folder with files that does not carry <see cref="OutputMarker"/> (KB603).
/// No file may land outside the output folder, whatever a slug or alias says.
/// </summary>
public static class OutputFolder
{
    /// <param name="output">The requested output folder.</param>
    /// <param name="sourceFolders">content/ and templates/: the output may not be, hold or sit inside them.</param>
    /// <param name="projectRoot">The folder of kennisbank.yml: the output may sit inside it, but not be it or hold it.</param>
    /// <param name="diagnostics">Where a refusal is reported.</param>
    public static bool IsAllowed(string output, IEnumerable<string> sourceFolders, string projectRoot, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(output);
        var full = Normalize(output);
        var root = Normalize(projectRoot);
        var sources = sourceFolders.Select(Normalize).ToList();
        if (Path.GetPathRoot(full) == full)
            return Refuse(diagnostics, ErrorCodes.RefusedOutput, at, "de uitvoermap mag niet de hoofdmap van een schijf zijn");

        foreach (var role in StagingFolder.Roles.Append("lock"))
        {
            var folder = StagingFolder.Sibling(full, role);
            if (RealPaths.IsLink(folder))
                return Refuse(diagnostics, ErrorCodes.SymlinkedOutput, at,
                    $"'{folder}' is een symbolische koppeling; een build vervangt en leegt de uitvoermap, dus die moet een gewone map zijn: verwijder de koppeling of kies een andere --output");
        }

        var realFull = RealPaths.Resolve(full);
        var realRoot = RealPaths.Resolve(root);
        if (realFull is null || realRoot is null)
            return Refuse(diagnostics, ErrorCodes.SymlinkedOutput, at, $"het pad van de uitvoermap '{output}' bevat een kringloop van symbolische koppelingen");
        if (IsSameOrInside(full, root) && !IsSameOrInside(realFull, realRoot))
            return Refuse(diagnostics, ErrorCodes.SymlinkedOutput, at,
                $"de uitvoermap '{output}' ligt in het project, maar een symbolische koppeling erboven leidt naar '{realFull}', buiten het project; kies een gewone map");

        var realSources = sources.Select(s => RealPaths.Resolve(s) ?? s).ToList();
        foreach (var (candidate, folders, projectFolder) in new[] { (full, sources, root), (realFull, realSources, realRoot) })
        {
            if (IsSameOrInside(projectFolder, candidate))
                return Refuse(diagnostics, ErrorCodes.RefusedOutput, at,
                    $"de uitvoermap '{output}' valt samen met de projectmap '{projectFolder}' of ligt erboven; kies een aparte map zoals site/ (een build vervangt de hele uitvoermap)");
            foreach (var source in folders)
            {
                if (IsSameOrInside(source, candidate) || IsSameOrInside(candidate, source))
                    return Refuse(diagnostics, ErrorCodes.RefusedOutput, at,
                        $"de uitvoermap '{output}' valt samen met '{source}', bevat die of ligt erin; kies een aparte map zoals site/ (een build vervangt de hele uitvoermap)");
            }
        }

        if (HomeFolder() is { } home && (IsSameOrInside(home, full) || IsSameOrInside(RealPaths.Resolve(home) ?? home, realFull)))
            return Refuse(diagnostics, ErrorCodes.RefusedOutput, at,
                $"de uitvoermap '{output}' is de thuismap '{home}' of ligt erboven; kies een aparte map zoals site/");

        foreach (var role in StagingFolder.Roles)
        {
            var folder = StagingFolder.Sibling(full, role);
            if (File.Exists(folder))
                return Refuse(diagnostics, ErrorCodes.ForeignOutput, at, $"'{folder}' is een bestand, geen map; kies een andere --output");
            if (!OutputMarker.MayBeUsed(folder))
                return Refuse(diagnostics, ErrorCodes.ForeignOutput, at,
                    $"'{folder}' bestaat al en bevat bestanden, maar is niet door kennisbank gemaakt (het bestand {OutputMarker.FileName} ontbreekt); "
                    + "een build zou die bestanden vervangen of verwijderen. Kies een lege of nieuwe map, of verwijder de map zelf als ze van een oudere versie van kennisbank is");
        }

        return true;
    }

    /// <summary>The absolute file a site path writes to, or null if that would leave <paramref name="root"/>.</summary>
    public static string? FileFor(string root, string relativeFile)
    {
        var rootFull = Normalize(root);
        var full = Path.GetFullPath(Path.Combine(rootFull, relativeFile));
        return full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>True when a relative file path stays inside whatever folder it is written to.</summary>
    public static bool StaysInside(string relativeFile) =>
        !relativeFile.Contains('\\') && FileFor(Path.Combine(Path.GetTempPath(), "kennisbank-probe"), relativeFile) is not null;

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Refuse(DiagnosticBag diagnostics, string code, SourceLocation at, string message)
    {
        diagnostics.Error(code, at, message);
        return false;
    }

    private static string? HomeFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) || Path.GetPathRoot(home) == home ? null : Normalize(home);
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
