using System.Runtime.InteropServices;

namespace Kennisbank.Content;

/// <summary>
/// The two questions .NET cannot answer about a path on Unix: where it really leads once every symbolic link on the
/// way is resolved (<c>realpath</c>, which also detects loops), and what kind of file that is (<c>statx</c>: a FIFO
/// or a device looks like an ordinary file to <see cref="FileInfo"/>, and opening one can block or never end).
/// </summary>
internal static class NativeFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    public enum Kind
    {
        Regular,
        Directory,
        Other,
    }

    /// <summary>The canonical path, or null with the reason (a loop, a missing target, no permission).</summary>
    public static string? RealPath(string path, out RealPathFailure failure)
    {
        failure = RealPathFailure.None;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return ManagedRealPath(path, out failure);
        var result = realpath(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            var errno = Marshal.GetLastPInvokeError();
            failure = errno switch
            {
                2 or 20 => RealPathFailure.Missing, // ENOENT, ENOTDIR
                13 => RealPathFailure.Denied, // EACCES
                40 when OperatingSystem.IsLinux() => RealPathFailure.Loop, // ELOOP
                62 when OperatingSystem.IsMacOS() => RealPathFailure.Loop,
                _ => RealPathFailure.Other,
            };
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            free(result);
        }
    }

    /// <summary>What a (resolved) path is, and its size in bytes; null when it cannot be examined.</summary>
    public static (Kind Kind, long Length)? Examine(string realPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(realPath);
            if (System.IO.Directory.Exists(realPath))
                return (Kind.Directory, 0);
            return info.Exists ? ((info.Attributes & FileAttributes.Device) != 0 ? Kind.Other : Kind.Regular, info.Length) : null;
        }

        // struct statx has the same layout on every Linux architecture: stx_mode at byte 28, stx_size at byte 40.
        var buffer = new byte[256];
        if (statx(AtCurrentDirectory, realPath, 0, StatxType | StatxSize, buffer) != 0)
            return null;
        var mode = BitConverter.ToUInt16(buffer, 28) & FileTypeMask;
        var length = BitConverter.ToInt64(buffer, 40);
        return (mode switch { RegularFile => Kind.Regular, Directory => Kind.Directory, _ => Kind.Other }, length);
    }

    private static string? ManagedRealPath(string path, out RealPathFailure failure)
    {
        failure = RealPathFailure.None;
        try
        {
            var full = Path.GetFullPath(path);
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            var resolved = target?.FullName ?? full;
            if (File.Exists(resolved) || System.IO.Directory.Exists(resolved))
                return resolved;
            failure = RealPathFailure.Missing;
        }
        catch (IOException)
        {
            failure = RealPathFailure.Loop;
        }
        catch (UnauthorizedAccessException)
        {
            failure = RealPathFailure.Denied;
        }

        return null;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}

/// <summary>Why a path has no real path.</summary>
internal enum RealPathFailure
{
    None,
    Missing,
    Loop,
    Denied,
    Other,
}
