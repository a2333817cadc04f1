using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Kennisbank.Rendering;

/// <summary>
/// Rendered partials, remembered for one build. An article's card appears on a dozen list pages and as a related
/// article on others; drawing it once instead of every time was the largest single saving in rendering 10,000
/// articles. The caller names every value the partial depends on as the key; objects count by identity.
/// </summary>
public sealed class PartialCache
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _rendered = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, object> _ids = new();
    private long _nextId;

    public ReadOnlyMemory<byte> GetOrRender(string name, IReadOnlyList<object?> key, Func<ReadOnlyMemory<byte>> render)
    {
        var cacheKey = name + "|" + string.Join("|", key.Select(Identify));
        return _rendered.GetOrAdd(cacheKey, _ => render());
    }

    private string Identify(object? value) => value switch
    {
        null => "∅",
        string or int or long or bool or double => $"{value.GetType().Name}:{value}",
        _ => "#" + _ids.GetValue(value, _ => Interlocked.Increment(ref _nextId)),
    };
}
