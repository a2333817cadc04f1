namespace Kennisbank.Output;

/// <summary>
/// Where a path really leads once every symbolic link in it is followed, including links in folders that do not
/// exist yet further down. The output guards compare real paths, because a folder that looks like
/// <c>project/site</c> may be a link to a web root, to <c>content/</c> or to a user's home.
/// </summary>
public static class RealPaths
{
    private const int MaxLinks = 40; // the kernel's own limit (ELOOP)

    /// <summary>The path with every link resolved; null for a loop of links.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops <= MaxLinks; hops++)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? relinked = null;
            for (var i = 0; i < parts.Length && relinked is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                    relinked = Path.GetFullPath(Path.Combine(Path.Combine(current, target), Path.Combine([.. parts[(i + 1)..], ""])));
                current = next;
            }

            if (relinked is null)
                return Path.TrimEndingDirectorySeparator(full);
            full = relinked;
        }

        return null;
    }

    /// <summary>True when <paramref name="path"/> itself (not a folder above it) is a symbolic link.</summary>
    public static bool IsLink(string path) => new FileInfo(Path.TrimEndingDirectorySeparator(path)).LinkTarget is not null;
}
