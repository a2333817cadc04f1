using System.Runtime.InteropServices;

namespace Kennisbank.Output;

/// <summary>
/// One build at a time per output folder: an operating-system lock on <c>.NAME.lock</c> beside the output
/// (<c>flock</c> on Linux and macOS, so it also excludes any other tool that locks the file; an exclusive share
/// mode on Windows), held for the whole build or <c>serve</c> rebuild. The kernel drops it when the process ends,
/// however it ends, so a killed build never leaves a stale lock. The file itself stays: deleting it would let a
/// third build lock a new file while the second still holds the old one.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const int LockExclusive = 2, LockNonBlocking = 4;
    private readonly FileStream _handle;

    private OutputLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock, or returns null when another build holds it. Throws IOException when the file cannot be made.</summary>
    public static OutputLock? TryTake(string output)
    {
        var path = StagingFolder.Sibling(OutputFolder.Normalize(output), "lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream handle;
        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite,
                OperatingSystem.IsWindows() ? FileShare.None : FileShare.ReadWrite);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // .NET's own share lock met the other build's lock
        }

        if (!OperatingSystem.IsWindows() && Flock((int)handle.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) != 0)
        {
            handle.Dispose();
            return null;
        }

        return new OutputLock(handle);
    }

    public void Dispose() => _handle.Dispose();

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fileDescriptor, int operation);
}
