using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>Small file-system helpers for the diagnostics tests: a private copy of the templates, and folder snapshots.</summary>
internal static class SiteFiles
{
    /// <summary>Copies the repository's templates into the test site (so a test may break them) and uses that copy.</summary>
    public static string CopyTemplates(TestSite site)
    {
        var target = Path.Combine(site.Root, "templates");
        CopyFolder(RepoPaths.Templates, target);
        site.TemplatesDirectory = target;
        return target;
    }

    /// <summary>Inserts <paramref name="text"/> as line <paramref name="lineNumber"/> (1-based) of a template.</summary>
    public static string InsertLine(string templatesDirectory, string template, int lineNumber, string text)
    {
        var path = Path.Combine(templatesDirectory, template);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines.Insert(lineNumber - 1, text);
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} changed");
    }

    /// <summary>
    /// Folders a build leaves next to the output folder other than ".site.spare" (the deliberate second generation
    /// the next build reuses), such as a ".site.swapping" from an unfinished swap.
    /// </summary>
    public static IReadOnlyList<string> Leftovers(string outputDirectory) =>
        Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(outputDirectory))!, $".{Path.GetFileName(outputDirectory)}.*")
            .Where(d => !d.EndsWith(".spare", StringComparison.Ordinal))
            .ToList();
}
