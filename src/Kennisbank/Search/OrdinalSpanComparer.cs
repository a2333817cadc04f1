using System.Runtime.InteropServices;

namespace Kennisbank.Search;

// The pipeline's token cache is probed once per token (millions per build) with a span of the field text,
// so its comparer must accept spans (no string per probe) and hash quickly. HashCode.AddBytes is xxHash32
// with a per-process seed: fast on short words and still randomized. Ordinal, like JavaScript strings.

/// <summary>Ordinal string equality that can also look strings up by <see cref="ReadOnlySpan{T}"/>.</summary>
internal sealed class OrdinalSpanComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static OrdinalSpanComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(alternate));
        return hash.ToHashCode();
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
