using System.IO.Compression;

namespace Kennisbank.Benchmarks;

/// <summary>File sizes as a browser downloads them: gzip at its smallest setting (what `gzip -9` gives).</summary>
public static class Sizes
{
    public static long Gzip(string file)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var input = File.OpenRead(file))
            input.CopyTo(gzip);
        return output.Length;
    }
}
