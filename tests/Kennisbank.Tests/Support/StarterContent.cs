namespace Kennisbank.Tests.Support;

/// <summary>The repository's starter articles split into front matter and body, and the files beside them.</summary>
internal static class StarterContent
{
    /// <summary>Every article in ordinal order of its path below content/: the YAML between the fences, and the rest.</summary>
    public static IEnumerable<(string RelativePath, string FrontMatter, string Body)> Articles() =>
        Files("*.md").Select(path =>
        {
            var parts = File.ReadAllText(Path.Combine(RepoPaths.Content, path)).Split("---", 3);
            return (path, parts[1], parts[2]);
        });

    /// <summary>The files that are not articles (images, downloads), as paths below content/.</summary>
    public static IEnumerable<string> Attachments() => Files("*").Where(p => !p.EndsWith(".md", StringComparison.Ordinal));

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(RepoPaths.Content, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Content, f)).Order(StringComparer.Ordinal);
}
