namespace Kennisbank.Output;

/// <summary>
/// A file an exporter produces: its site path, what produced it (for collision messages) and how to make its bytes.
/// The path is known at once, so collisions and links can be checked early; the bytes are made later — while pages
/// render, or after them in <c>serve</c>. Small files are made in memory on first use; a large one (the search index
/// for 10,000 articles is tens of megabytes) can instead be streamed straight into the output file.
/// </summary>
public sealed class GeneratedFile
{
    private readonly Lazy<ReadOnlyMemory<byte>>? _content;
    private readonly Action<Stream>? _stream;

    public GeneratedFile(string sitePath, Func<ReadOnlyMemory<byte>> produce, string origin)
    {
        SitePath = sitePath;
        Origin = origin;
        _content = new Lazy<ReadOnlyMemory<byte>>(produce, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public GeneratedFile(string sitePath, ReadOnlyMemory<byte> content, string origin)
        : this(sitePath, () => content, origin)
    {
    }

    private GeneratedFile(string sitePath, Action<Stream> stream, string origin)
    {
        SitePath = sitePath;
        Origin = origin;
        _stream = stream;
    }

    /// <summary>A file whose bytes are written straight to a stream, never held in memory as a whole.</summary>
    public static GeneratedFile Streamed(string sitePath, Action<Stream> write, string origin) => new(sitePath, write, origin);

    public string SitePath { get; }

    public string Origin { get; }

    public bool IsStreamed => _stream is not null;

    /// <summary>The bytes; for a streamed file they are made into a buffer (tests and small uses only).</summary>
    public ReadOnlyMemory<byte> Content => _content?.Value ?? Buffer();

    /// <summary>Makes the bytes in advance (in memory files only), so they can be produced while pages render.</summary>
    public void Prepare()
    {
        if (_content is not null)
            _ = _content.Value;
    }

    public void WriteTo(Stream output)
    {
        if (_stream is not null)
            _stream(output);
        else
            output.Write(_content!.Value.Span);
    }

    private ReadOnlyMemory<byte> Buffer()
    {
        using var buffer = new MemoryStream();
        _stream!(buffer);
        return buffer.ToArray();
    }
}
