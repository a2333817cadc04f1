using System.IO.Compression;

namespace Kennisbank.Output;

/// <summary>
/// Writes a <c>.gz</c> and a <c>.br</c> beside every text file of the site above a small size, for hosts that serve
/// them as they are (nginx <c>gzip_static</c>/<c>brotli_static</c>, Apache MultiViews, some CDNs) instead of
/// compressing each response again. Runs once every file is in the staging folder, so the sources are final and
/// the writer still records what belongs to the build: a <c>.gz</c> whose source is gone is removed with the rest.
/// </summary>
public static class Precompressor
{
    // Below one packet the compressed response saves nothing a host would notice, and each pair is two more files.
    public const int MinimumBytes = 1024;

    // Quality 9: the 1,000-article search index 9% smaller than at 6 (906 vs 987 KB) for ~1.4 s more per cold build;
    // 11 (brotli's default) adds a far slower search; not measured here (README "Precompressed files").
    private const int BrotliQuality = 9;
    private const int BrotliLargestWindowBits = 22;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".webmanifest", ".map", ".csv", ".ics",
    };

    public static readonly IReadOnlyList<string> Suffixes = [".gz", ".br"];

    /// <summary>True for a file worth compressing by its name: text formats only, never one already compressed.</summary>
    public static bool IsText(string relativeFile) => TextExtensions.Contains(Path.GetExtension(relativeFile));

    /// <summary>Compresses the given files of <paramref name="writer"/>'s folder; returns how many pairs were made anew.</summary>
    public static int Run(OutputWriter writer, IEnumerable<string> relativeFiles)
    {
        var made = 0;
        Parallel.ForEach(relativeFiles.Where(IsText), relativeFile =>
        {
            if (OutputFolder.FileFor(writer.Folder, relativeFile) is not { } source)
                return;
            var info = new FileInfo(source);
            if (!info.Exists || info.Length < MinimumBytes)
                return;
            if (IsUpToDate(writer, relativeFile, info))
                return;
            var content = File.ReadAllBytes(source);
            writer.Write(relativeFile + ".gz", Gzip(content));
            writer.Write(relativeFile + ".br", Brotli(content));
            Interlocked.Increment(ref made);
        });
        return made;
    }

    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        // GZipStream writes no file name and a zero timestamp, so the bytes depend on the content alone.
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(content);
        return buffer.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        // The encoder sizes its buffers for the whole window; a window no larger than the file (still a function of
        // the content alone) keeps a 20 KB page from costing megabytes of native memory set up and torn down.
        var windowBits = Math.Clamp(64 - (int)ulong.LeadingZeroCount((ulong)content.Length), 10, BrotliLargestWindowBits);
        using var encoder = new BrotliEncoder(BrotliQuality, windowBits);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        var status = encoder.Compress(content, output, out _, out var written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done)
            throw new InvalidOperationException($"Brotli stopped with {status}");
        return output.AsSpan(0, written).ToArray();
    }

    // The writer leaves a file with unchanged bytes alone, so a source that did not change keeps its old time; a
    // compressed pair written after it still belongs to it (the staging folder is the generation that made them).
    private static bool IsUpToDate(OutputWriter writer, string relativeFile, FileInfo source)
    {
        foreach (var suffix in Suffixes)
        {
            var compressed = new FileInfo(source.FullName + suffix);
            if (!compressed.Exists || compressed.LastWriteTimeUtc < source.LastWriteTimeUtc)
                return false;
        }

        foreach (var suffix in Suffixes)
            writer.Keep(relativeFile + suffix);
        return true;
    }
}
