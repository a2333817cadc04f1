namespace Kennisbank.Output;

/// <summary>
/// Buffers reused per thread: every article body and every page (with its layout and partials) is written into one,
/// so their arrays are allocated once per thread instead of once per body or page. A buffer that grew past 1 MB
/// (an unusually long page) is not kept, so one such page does not hold its memory for the rest of the build.
/// </summary>
public static class Utf8BufferPool
{
    private const int LargestKept = 1 << 20;

    [ThreadStatic]
    private static Stack<Utf8Buffer>? t_free;

    /// <summary>An empty buffer; give it back with <see cref="Return"/> once nothing reads it any more.</summary>
    public static Utf8Buffer Rent() => t_free is { Count: > 0 } free ? free.Pop() : new Utf8Buffer();

    public static void Return(Utf8Buffer buffer)
    {
        if (buffer.Capacity > LargestKept)
            return;
        buffer.Clear();
        (t_free ??= new Stack<Utf8Buffer>()).Push(buffer);
    }
}
