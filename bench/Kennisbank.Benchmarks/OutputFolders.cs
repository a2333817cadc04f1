using System.Diagnostics;

namespace Kennisbank.Benchmarks;

/// <summary>
/// Keeps the benchmark's own deletions away from its measurements. On this machine's ext4 (no journal) the kernel
/// checks every free inode it considers for a new file against the time it was freed (ext4's recently_deleted) and
/// skips those freed moments ago, scanning past them again for the next file: measured with perf, a 100,000-article
/// build into a new folder right after the previous run's 170,000 files were deleted spent 42 s in the kernel instead
/// of 14 (28 s of it in that scan), and still 27 s three minutes later. So nothing is deleted before a measurement:
/// earlier outputs are moved aside (a rename frees no inode) and deleted when everything is measured.
/// </summary>
internal static class OutputFolders
{
    private const string Aside = "earlier";

    /// <summary>Moves the outputs of earlier runs (site-N, serve-N, runs and their staging twins) into bench/out/earlier.</summary>
    public static int MoveAside(string benchOut)
    {
        var aside = Path.Combine(benchOut, Aside, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        var moved = 0;
        foreach (var folder in Directory.EnumerateDirectories(benchOut).Where(IsOutput).ToList())
        {
            Directory.CreateDirectory(aside);
            Directory.Move(folder, Path.Combine(aside, Path.GetFileName(folder)));
            moved++;
        }

        return moved;
    }

    /// <summary>Deletes what MoveAside moved, once nothing is measured any more.</summary>
    public static void DeleteAside(string benchOut)
    {
        var aside = Path.Combine(benchOut, Aside);
        if (Directory.Exists(aside))
            Directory.Delete(aside, recursive: true);
    }

    /// <summary>
    /// Writes back what is dirty and, where the benchmark may (root on Linux), empties the page cache, so a cold run
    /// does not first have to reclaim the gigabytes the runs before it wrote. Returns whether the cache was emptied.
    /// </summary>
    public static bool SyncAndDropPageCache()
    {
        using (var sync = Process.Start("sync")!)
            sync.WaitForExit();
        try
        {
            File.WriteAllText("/proc/sys/vm/drop_caches", "3");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsOutput(string folder) => Path.GetFileName(folder) is var name
        && (name.StartsWith("site-", StringComparison.Ordinal) || name.StartsWith(".site-", StringComparison.Ordinal)
            || name.StartsWith("serve-", StringComparison.Ordinal) || name.StartsWith(".serve-", StringComparison.Ordinal)
            || name == "runs");
}
