namespace Kennisbank.Output;

/// <summary>
/// A file an exporter produces: its site path, what produced it (for collision messages) and its bytes, made on
/// first use. The path is known at once, so collisions and links can be checked early; the bytes (a search index
/// for 10,000 articles takes seconds) are made while pages render, or after them in <c>serve</c>.
/// </summary>
public sealed class GeneratedFile(string sitePath, Func<ReadOnlyMemory<byte>> produce, string origin)
{
    private readonly Lazy<ReadOnlyMemory<byte>> _content = new(produce, LazyThreadSafetyMode.ExecutionAndPublication);

    public GeneratedFile(string sitePath, ReadOnlyMemory<byte> content, string origin)
        : this(sitePath, () => content, origin)
    {
    }

    public string SitePath => sitePath;

    public string Origin => origin;

    public ReadOnlyMemory<byte> Content => _content.Value;
}
