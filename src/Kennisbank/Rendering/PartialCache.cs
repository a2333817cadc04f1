using System.Collections.Concurrent;

namespace Kennisbank.Rendering;

/// <summary>
/// Rendered partials, remembered for one build. An article's card appears on a dozen list pages and as a related
/// article on others; drawing it once instead of every time was the largest single saving in rendering 10,000
/// articles. The caller names every value the partial depends on as the key (at most three); objects count by
/// identity, strings and numbers by value.
/// </summary>
public sealed class PartialCache
{
    private readonly ConcurrentDictionary<Key, ReadOnlyMemory<byte>> _rendered = new();

    public ReadOnlyMemory<byte> GetOrRender(string name, IReadOnlyList<object?> key, Func<ReadOnlyMemory<byte>> render)
    {
        if (key.Count > 3)
            throw new ArgumentException("a cached partial takes at most three key values", nameof(key));
        var cacheKey = new Key(name, key.ElementAtOrDefault(0), key.ElementAtOrDefault(1), key.ElementAtOrDefault(2));
        return _rendered.TryGetValue(cacheKey, out var html) ? html : _rendered.GetOrAdd(cacheKey, render());
    }

    private readonly record struct Key(string Name, object? First, object? Second, object? Third)
    {
        public bool Equals(Key other) =>
            Name == other.Name && Same(First, other.First) && Same(Second, other.Second) && Same(Third, other.Third);

        public override int GetHashCode() => HashCode.Combine(Name, Hash(First), Hash(Second), Hash(Third));

        private static bool Same(object? a, object? b) => a is string or ValueType ? Equals(a, b) : ReferenceEquals(a, b);

        private static int Hash(object? value) =>
            value is string or ValueType ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value);
    }
}
