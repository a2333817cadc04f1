using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace Kennisbank.Output;

/// <summary>
/// Writes files into one folder the cheap way: a file that already has the right bytes is left alone, and at the
/// end everything this run did not produce is removed. Used for the staging folder of a build and, by
/// <c>serve</c>, for the live folder itself. A folder that starts out empty (a first build) skips all comparing.
/// The folder gets <see cref="OutputMarker"/> first; in a folder that had files but no marker nothing is ever deleted.
/// </summary>
public sealed class OutputWriter
{
    private readonly string _root;
    private readonly bool _startedEmpty;
    private readonly bool _owned;
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _written;

    public OutputWriter(string folder)
    {
        _root = OutputFolder.Normalize(folder);
        _startedEmpty = !Directory.Exists(_root) || !Directory.EnumerateFileSystemEntries(_root).Any();
        _owned = _startedEmpty || OutputMarker.IsMarked(_root);
        Write(OutputMarker.FileName, OutputMarker.Content);
    }

    public string Folder => _root;

    /// <summary>Files written because they were new or changed.</summary>
    public int Written => _written;

    /// <summary>Writes one file unless it already has these bytes; false if the path would leave the folder.</summary>
    public bool Write(string relativeFile, ReadOnlySpan<byte> content)
    {
        var target = Prepare(relativeFile);
        if (target is null)
            return false;
        if (!_startedEmpty && HasContent(target, content))
            return true;
        if (!_startedEmpty && new FileInfo(target).LinkTarget is not null)
            RemoveOwned(target); // a link left in the folder is replaced, never written through
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
        Interlocked.Increment(ref _written);
        return true;
    }

    /// <summary>Writes a generated file; a streamed one goes straight to disk, compared with what is there as it goes.</summary>
    public bool Write(string relativeFile, GeneratedFile file)
    {
        if (!file.IsStreamed)
            return Write(relativeFile, file.Content.Span);
        var target = Prepare(relativeFile);
        if (target is null)
            return false;
        bool changed;
        using (var stream = new ComparingFileStream(target, mayExist: !_startedEmpty))
        {
            file.WriteTo(stream);
            stream.Flush();
            changed = stream.Changed;
        }

        if (changed)
            Interlocked.Increment(ref _written);
        return true;
    }

    /// <summary>Marks a file as part of this run without touching it (serve keeps pages whose inputs did not change).</summary>
    public void Keep(string relativeFile)
    {
        if (OutputFolder.FileFor(_root, relativeFile) is { } target)
            _produced[target] = true;
    }

    /// <summary>The absolute target of a relative file, its folder made and the file recorded as produced; null if it would leave the folder.</summary>
    private string? Prepare(string relativeFile)
    {
        var target = OutputFolder.FileFor(_root, relativeFile);
        if (target is null)
            return null;
        _produced[target] = true;
        MakeFolder(System.IO.Path.GetDirectoryName(target)!);
        if (!_startedEmpty && Directory.Exists(target))
            RemoveOwned(target);
        return target;
    }

    /// <summary>Makes a folder of the output once per run, its parents first.</summary>
    private void MakeFolder(string folder)
    {
        // GetOrAdd publishes the key only after the factory ran, so no thread writes into a folder still being made.
        _folders.GetOrAdd(folder, static (f, writer) =>
        {
            var parent = System.IO.Path.GetDirectoryName(f)!;
            if (parent.Length > writer._root.Length)
                writer.MakeFolder(parent);
            // A page that used to be a file is now a folder; a link is replaced, never written through.
            if (!writer._startedEmpty && (File.Exists(f) || new FileInfo(f).LinkTarget is not null))
                writer.RemoveOwned(f);
            Directory.CreateDirectory(f);
            return true;
        }, this);
    }

    /// <summary>Deletes every file this run neither wrote nor kept, and the folders left empty, in one pass over the tree.</summary>
    public IReadOnlyList<string> RemoveStale()
    {
        var removed = new List<string>();
        if (_startedEmpty || !Directory.Exists(_root))
            return removed;
        EnsureOwned(_root);
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in FilesAndLinks(_root))
        {
            if (_produced.ContainsKey(file))
                continue;
            File.Delete(file);
            removed.Add(file);
            emptied.Add(System.IO.Path.GetDirectoryName(file)!);
        }

        // Only folders that lost a file can have become empty; walk up from them (deepest first).
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            for (var current = folder; current.Length > _root.Length && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = System.IO.Path.GetDirectoryName(current)!)
                Directory.Delete(current);
        }

        return removed;
    }

    /// <summary>
    /// Every file and symbolic link below <paramref name="root"/>, without descending into linked folders: a link
    /// someone left in the output is removed as a link, and what it points to is never touched.
    /// </summary>
    private static IEnumerable<string> FilesAndLinks(string root) =>
        new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private void RemoveOwned(string path)
    {
        EnsureOwned(path);
        if (Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
            Directory.Delete(path, recursive: true);
        else
            File.Delete(path);
    }

    private void EnsureOwned(string path)
    {
        if (!_owned)
            throw new InvalidOperationException($"'{path}' staat in '{_root}', een map die niet door kennisbank is gemaakt; er wordt niets verwijderd");
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
            return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
