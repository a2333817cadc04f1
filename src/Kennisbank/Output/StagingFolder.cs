using System.Collections.Concurrent;

namespace Kennisbank.Output;

/// <summary>
/// Writes a build beside the live site and swaps it in only when the build succeeded, so a failed or killed build
/// never touches the live site. The output is double-buffered: next to <c>site/</c> lives <c>.site.spare/</c>, the
/// generation before it, which the next build reuses as its staging folder. Files whose bytes did not change are
/// left alone and stale files are removed, so a rebuild writes only what changed and never deletes a whole tree —
/// creating and deleting thousands of files is what makes a naive build slow on real disks.
/// </summary>
public sealed class StagingFolder
{
    private readonly string _output;
    private readonly string _swapping;
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
        _swapping = Sibling(output, "swapping");
    }

    public string Path { get; }

    /// <summary>Files written because they were new or changed (the rest already had the right bytes).</summary>
    public int Written => _written;

    private int _written;

    public static StagingFolder Create(string output)
    {
        output = OutputFolder.Normalize(output);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(output)!);
        Recover(output);
        var spare = Sibling(output, "spare");
        Directory.CreateDirectory(spare);
        return new StagingFolder(output, spare);
    }

    /// <summary>Writes one file unless it already has these bytes; false if the path would leave the staging folder.</summary>
    public bool Write(string relativeFile, ReadOnlySpan<byte> content)
    {
        var target = OutputFolder.FileFor(Path, relativeFile);
        if (target is null)
            return false;
        _produced[target] = true;
        var folder = System.IO.Path.GetDirectoryName(target)!;
        // GetOrAdd publishes the key only after the factory ran, so no thread writes into a folder still being made.
        _folders.GetOrAdd(folder, static f =>
        {
            if (File.Exists(f))
                File.Delete(f); // a page that used to be a file is now a folder
            Directory.CreateDirectory(f);
            return true;
        });

        if (HasContent(target, content))
            return true;
        if (Directory.Exists(target))
            Directory.Delete(target, recursive: true);
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
        Interlocked.Increment(ref _written);
        return true;
    }

    /// <summary>Removes what this build did not produce, then swaps: live → swapping, staging → live, swapping → spare.</summary>
    public void Commit()
    {
        RemoveStale(Path);
        if (Directory.Exists(_output))
            Directory.Move(_output, _swapping);
        Directory.Move(Path, _output);
        if (Directory.Exists(_swapping))
            Directory.Move(_swapping, Path);
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
            return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private void RemoveStale(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!_produced.ContainsKey(file))
                File.Delete(file);
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            RemoveStale(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
                Directory.Delete(child);
        }
    }

    /// <summary>After a build killed during the swap, puts the live site back where it belongs.</summary>
    public static void Recover(string output)
    {
        output = OutputFolder.Normalize(output);
        var swapping = Sibling(output, "swapping");
        if (!Directory.Exists(swapping))
            return;
        if (!Directory.Exists(output))
            Directory.Move(swapping, output);
        else if (!Directory.Exists(Sibling(output, "spare")))
            Directory.Move(swapping, Sibling(output, "spare"));
        else
            Directory.Delete(swapping, recursive: true);
    }

    private static string Sibling(string output, string role) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.{role}");
}
