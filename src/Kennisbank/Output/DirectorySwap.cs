using System.Runtime.InteropServices;

namespace Kennisbank.Output;

/// <summary>
/// Exchanges two folders in one step, so that at no instant is either name missing: Linux's
/// <c>renameat2(RENAME_EXCHANGE)</c>. Where the system or file system cannot do that, the caller falls back to two
/// renames and repairs an interruption at the next start (<see cref="StagingFolder.Recover"/>).
/// </summary>
internal static class DirectorySwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps the two folders' names atomically; false when this system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            if (RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0)
                return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }

        var error = Marshal.GetLastPInvokeError();
        const int NotSupported = 95, InvalidArgument = 22, NoSystemCall = 38;
        if (error is NotSupported or InvalidArgument or NoSystemCall)
            return false;
        throw new IOException($"'{first}' en '{second}' konden niet worden verwisseld: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
