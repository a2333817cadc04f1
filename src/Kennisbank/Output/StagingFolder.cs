using System.Collections.Concurrent;

namespace Kennisbank.Output;

/// <summary>
/// Builds the site in a temporary folder beside the output folder and swaps it in only when the build
/// succeeded. A failed build deletes the temporary folder; a killed build leaves it behind, and the next
/// build cleans it up. Either way the previous site stays exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly ConcurrentDictionary<string, bool> _createdFolders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    public string Path { get; }

    public static StagingFolder Create(string output)
    {
        output = OutputFolder.Normalize(output);
        var parent = System.IO.Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        Recover(output);
        var path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new StagingFolder(output, path);
    }

    /// <summary>Writes one file; false if the path would leave the staging folder.</summary>
    public bool Write(string relativeFile, ReadOnlySpan<byte> content)
    {
        var target = OutputFolder.FileFor(Path, relativeFile);
        if (target is null)
            return false;
        var folder = System.IO.Path.GetDirectoryName(target)!;
        if (_createdFolders.TryAdd(folder, true))
            Directory.CreateDirectory(folder);
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
        return true;
    }

    /// <summary>Replaces the output folder with the staged site: two renames, so the old site is never half-overwritten.</summary>
    public void Commit()
    {
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output)!,
                $".{System.IO.Path.GetFileName(_output)}.previous-{Guid.NewGuid():N}");
            Directory.Move(_output, previous);
        }

        Directory.Move(Path, _output);
        _committed = true;
        if (previous is not null)
            TryDelete(previous);
    }

    public void Dispose()
    {
        if (!_committed)
            TryDelete(Path);
    }

    /// <summary>Cleans up after a build that was killed: restores a site caught between the two renames, removes leftovers.</summary>
    private static void Recover(string output)
    {
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        var previous = Directory.GetDirectories(parent, $".{name}.previous-*");
        if (!Directory.Exists(output) && previous.Length > 0)
            Directory.Move(previous[0], output);
        foreach (var leftover in Directory.GetDirectories(parent, $".{name}.previous-*")
                     .Concat(Directory.GetDirectories(parent, $".{name}.building-*")))
            TryDelete(leftover);
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder is harmless and removed by the next build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
