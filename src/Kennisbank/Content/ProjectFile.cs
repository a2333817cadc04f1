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
        using var stream = new FileStream(RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, Limit) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > Limit)
                throw new IOException($"{DisplayPath} is groter dan {InputLimits.Megabytes(Limit)}");
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
