using Kennisbank.Diagnostics;

namespace Kennisbank.Output;

/// <summary>
/// Guards the output folder: never the repository itself, the content or templates folder (or a folder
/// holding them), and no file may land outside it, whatever a slug or alias says.
/// </summary>
public static class OutputFolder
{
    /// <param name="output">The requested output folder.</param>
    /// <param name="sourceFolders">content/ and templates/: the output may not be, hold or sit inside them.</param>
    /// <param name="projectRoot">The folder of kennisbank.yml: the output may sit inside it, but not be it or hold it.</param>
    /// <param name="diagnostics">Where a refusal is reported.</param>
    public static bool IsAllowed(string output, IEnumerable<string> sourceFolders, string projectRoot, DiagnosticBag diagnostics)
    {
        var full = Normalize(output);
        var root = Normalize(projectRoot);
        foreach (var source in sourceFolders.Select(Normalize).Append(root))
        {
            var refused = IsSameOrInside(source, full) || (source != root && IsSameOrInside(full, source));
            if (refused)
            {
                diagnostics.Error(ErrorCodes.RefusedOutput, SourceLocation.StartOf(output),
                    $"de uitvoermap '{output}' valt samen met '{source}', bevat die of ligt erin; kies een aparte map zoals site/ (een build vervangt de hele uitvoermap)");
                return false;
            }
        }

        if (Path.GetPathRoot(full) == full)
        {
            diagnostics.Error(ErrorCodes.RefusedOutput, SourceLocation.StartOf(output), "de uitvoermap mag niet de hoofdmap van een schijf zijn");
            return false;
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

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
