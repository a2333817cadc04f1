namespace Kennisbank.Content;

/// <summary>
/// A file that <see cref="ProjectFolder"/> has checked: a regular file whose real path lies inside its folder and
/// whose size is within its limit. <see cref="FullPath"/> is the path as the project names it (for messages and
/// relative links); <see cref="RealPath"/> is what is read, so a link swapped after the check cannot redirect a read.
/// </summary>
public sealed record ProjectFile(string FullPath, string RealPath, string RelativePath, string DisplayPath, long Length, long Limit)
{
    /// <summary>
    /// The file's bytes, reading at most <see cref="Limit"/> + 1 of them, so a file that grew after the check (or a
    /// device put in its place) can never fill memory. Throws <see cref="IOException"/> when it is over the limit now.
    /// </summary>
    public byte[] ReadAllBytes()
    {
        using var handle = File.OpenHandle(RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[Math.Min(RandomAccess.GetLength(handle), Limit)];
        var length = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full as the file's size said: one more byte tells whether it grew (or is a device after all).
                if (RandomAccess.Read(handle, probe, length) == 0)
                    return buffer;
                if (length + 1 > Limit)
                    throw new IOException($"{DisplayPath} is groter dan {InputLimits.Megabytes(Limit)}");
                Array.Resize(ref buffer, (int)Math.Min(Limit, Math.Max(4096, 2L * buffer.Length)));
                buffer[length++] = probe[0];
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (read == 0)
                return buffer.AsSpan(0, length).ToArray();
            length += read;
        }
    }
}
