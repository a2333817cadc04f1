using System.Text;
using Scriban.Runtime;

namespace Kennisbank.Rendering;

/// <summary>
/// A Scriban output that encodes what templates write straight into UTF-8, the form pages are written to disk in.
/// Ready-made markup (an article body, a drawn partial) is appended as bytes without ever becoming a string. With
/// a <see cref="StringBuilderOutput"/> every page existed three more times (builder, string, bytes), which for
/// 15,000 pages was a third of everything the build allocated.
/// </summary>
public sealed class Utf8Output : IScriptOutput
{
    private byte[] _buffer;
    private int _length;

    public Utf8Output(int capacity = 16 * 1024) => _buffer = new byte[capacity];

    /// <summary>What has been written so far; valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public int Capacity => _buffer.Length;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        // Nearly all of a page is ASCII, so one byte per char is usually enough; measure only when it is not.
        if (!Encoding.UTF8.TryGetBytes(text, Free(text.Length), out var written))
            written = Encoding.UTF8.GetBytes(text, Free(Encoding.UTF8.GetByteCount(text)));
        _length += written;
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Free(utf8.Length));
        _length += utf8.Length;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Clear() => _length = 0;

    public override string ToString() => Encoding.UTF8.GetString(_buffer, 0, _length);

    private Span<byte> Free(int needed)
    {
        if (_buffer.Length - _length < needed)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));
        return _buffer.AsSpan(_length);
    }
}
