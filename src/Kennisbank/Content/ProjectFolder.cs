using Kennisbank.Diagnostics;

namespace Kennisbank.Content;

/// <summary>
/// The one rule for reading input: content/, templates/, templates/assets/ and the configuration are read only as
/// regular files whose real path (every symbolic link resolved) lies inside their folder. A link that leaves the
/// folder (to /etc/passwd, .git/config, /proc/self/environ), a device or FIFO (/dev/zero), a link loop, a file over
/// its size limit: each is a located error, never a read. A linked folder is never walked through (one inside is
/// walked where it really is), so loops end. Attachments, linked from articles, go through <see cref="Find"/> with the same rule.
/// </summary>
public sealed class ProjectFolder
{
    private readonly string _realRoot;

    public ProjectFolder(string path, string displayRoot, long limit)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        DisplayRoot = displayRoot.TrimEnd('/');
        Limit = limit;
        _realRoot = NativeFiles.RealPath(FullPath, out _) ?? FullPath;
    }

    public string FullPath { get; }

    public string DisplayRoot { get; }

    public long Limit { get; }

    public bool Exists => Directory.Exists(FullPath);

    /// <summary>
    /// Every regular file below the folder whose relative path (forward slashes) passes <paramref name="include"/>, in
    /// ordinal order of that path. Refused entries that would have been read are reported, and so is every linked
    /// folder that leaves the folder or loops (its files would silently be missing otherwise); other files are not
    /// examined at all, as an attachment is checked where an article links to it.
    /// </summary>
    public IReadOnlyList<ProjectFile> Files(Func<string, bool> include, DiagnosticBag diagnostics)
    {
        var found = new List<ProjectFile>();
        var pending = new Stack<(string Path, string Relative, string Real)>();
        pending.Push((FullPath, "", _realRoot));
        while (pending.Count > 0)
        {
            var (folder, relativeFolder, realFolder) = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(ErrorCodes.UnreadableFile, SourceLocation.StartOf(Display(relativeFolder)),
                    $"kan de map niet lezen: {e.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = relativeFolder.Length == 0 ? entry.Name : relativeFolder + "/" + entry.Name;
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                if (!isLink && entry is DirectoryInfo)
                {
                    pending.Push((entry.FullName, relative, Path.Combine(realFolder, entry.Name)));
                    continue;
                }

                if (!isLink && !include(relative))
                    continue;
                var at = SourceLocation.StartOf(Display(relative));
                // Only a link needs resolving: the folder being walked is already its real path.
                var failure = RealPathFailure.None;
                var realPath = isLink ? NativeFiles.RealPath(entry.FullName, out failure) : Path.Combine(realFolder, entry.Name);
                if (realPath is null)
                {
                    if (include(relative))
                        ReportUnresolvable(entry.FullName, failure, at, diagnostics);
                    continue;
                }

                // A linked folder inside the folder is walked where it really is, so its files are found once, under
                // their own path; one that points to itself or above would be walked forever.
                var isFolder = Directory.Exists(realPath);
                if (isFolder && IsSameOrBelow(realPath, realFolder) && IsSameOrBelow(_realRoot, realPath))
                {
                    diagnostics.Error(ErrorCodes.LinkLoop, at,
                        $"'{relative}' is een symbolische koppeling naar een map erboven ({Display(Path.GetRelativePath(_realRoot, realPath).Replace('\\', '/').Replace(".", "", StringComparison.Ordinal))}): een lus; verwijder de koppeling");
                    continue;
                }

                if (!IsInside(realPath))
                {
                    if (isFolder || include(relative))
                        diagnostics.Error(ErrorCodes.LinkLeavesFolder, at,
                        $"'{relative}' is een symbolische koppeling naar {realPath}, buiten {RootName}; de kennisbank leest alleen bestanden binnen die map");
                    continue;
                }

                if (isFolder)
                    continue;

                if (include(relative) && Check(entry.FullName, realPath, relative, at, diagnostics) is { } file)
                    found.Add(file);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return found;
    }

    /// <summary>
    /// One file named by a path below this folder (say an attachment link): the checked file, or null after a
    /// located error at <paramref name="at"/>. A path that does not exist at all is the caller's to report.
    /// </summary>
    public ProjectFile? Find(string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(FullPath, full).Replace('\\', '/');
        var realPath = NativeFiles.RealPath(full, out var failure);
        if (realPath is null)
        {
            ReportUnresolvable(full, failure, at, diagnostics);
            return null;
        }

        if (!IsInside(realPath))
        {
            diagnostics.Error(ErrorCodes.LinkLeavesFolder, at,
                $"'{relative}' leidt via een symbolische koppeling naar {realPath}, buiten {RootName}; de kennisbank leest alleen bestanden binnen die map");
            return null;
        }

        return Check(full, realPath, relative, at, diagnostics);
    }

    /// <summary>True when <paramref name="path"/> names something that exists, or a link (perhaps broken) that does.</summary>
    public static bool ExistsOrIsLink(string path)
    {
        var info = new FileInfo(path);
        return info.Exists || Directory.Exists(path) || info.LinkTarget is not null;
    }

    private ProjectFile? Check(string full, string realPath, string relative, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (NativeFiles.Examine(realPath) is not var (kind, length))
        {
            diagnostics.Error(ErrorCodes.UnreadableFile, at, $"kan '{relative}' niet lezen");
            return null;
        }

        if (kind != NativeFiles.Kind.Regular)
        {
            diagnostics.Error(ErrorCodes.NotARegularFile, at,
                $"'{relative}' is geen gewoon bestand (maar een apparaat, pipe of socket{(realPath != full ? ": " + realPath : "")}); de kennisbank leest alleen gewone bestanden");
            return null;
        }

        if (length > Limit)
        {
            diagnostics.Error(ErrorCodes.FileTooLarge, at,
                $"'{relative}' is {length / (1024 * 1024.0):0.0} MB; de grens is {InputLimits.Megabytes(Limit)}");
            return null;
        }

        return new ProjectFile(full, realPath, relative, Display(relative), length, Limit);
    }

    private void ReportUnresolvable(string full, RealPathFailure failure, SourceLocation at, DiagnosticBag diagnostics)
    {
        var name = Path.GetRelativePath(FullPath, full).Replace('\\', '/');
        switch (failure)
        {
            case RealPathFailure.Loop:
                diagnostics.Error(ErrorCodes.LinkLoop, at, $"'{name}' is een lus van symbolische koppelingen die nergens uitkomt; verwijder de koppeling");
                break;
            case RealPathFailure.Missing:
                diagnostics.Error(ErrorCodes.LinkLoop, at, $"'{name}' is een symbolische koppeling naar iets dat niet bestaat");
                break;
            case RealPathFailure.Denied or RealPathFailure.Other:
                diagnostics.Error(ErrorCodes.UnreadableFile, at, $"kan '{name}' niet lezen (geen toegang)");
                break;
        }
    }

    private bool IsInside(string realPath) => IsSameOrBelow(_realRoot, realPath) && realPath != _realRoot;

    private static bool IsSameOrBelow(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Display(string relative) =>
        relative.Length == 0 ? DisplayRoot : DisplayRoot.Length == 0 ? relative : $"{DisplayRoot}/{relative}";

    private string RootName => DisplayRoot.Length == 0 ? "de projectmap" : DisplayRoot + "/";
}
