using System.Diagnostics;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// The operating-system tools the output tests use to make a disk say no as it really does: <c>chattr +i</c> (a file
/// or folder even root cannot change), a small <c>tmpfs</c> (a full disk) and <c>flock</c> (another process holding a
/// lock). They need root, as the test machine and CI run; without it the tests fail, saying so.
/// </summary>
internal static class SystemTools
{
    public static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} (these tests need root)");
    }

    /// <summary>Makes a file or folder immutable until the returned handle is disposed.</summary>
    public static IDisposable Immutable(string path)
    {
        Run("chattr", "+i", path);
        return new Undo(() => Run("chattr", "-i", path));
    }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> at <paramref name="folder"/> until disposed.</summary>
    public static IDisposable SmallDisk(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return new Undo(() => Run("umount", "-l", folder));
    }

    /// <summary>Starts another process that holds an exclusive flock on <paramref name="file"/> until disposed.</summary>
    public static IDisposable HoldLock(string file)
    {
        var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", file, "sleep", "120"]))!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!IsLocked(file))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"flock did not take {file}");
            Thread.Sleep(50);
        }

        return new Undo(() =>
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
            holder.Dispose();
        });
    }

    private static bool IsLocked(string file)
    {
        if (!File.Exists(file))
            return false;
        using var probe = Process.Start(new ProcessStartInfo("flock", ["--nonblock", file, "true"]))!;
        probe.WaitForExit();
        return probe.ExitCode != 0;
    }

    private sealed class Undo(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
