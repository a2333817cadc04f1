using System.Text;

namespace Kennisbank.Output;

/// <summary>
/// A text writer that encodes straight into a growable UTF-8 buffer, the form every page and article body ends up
/// in. Markdig renders article bodies into it and the page templates write through it (<c>Utf8Output</c>), so
/// neither a <see cref="StringBuilder"/> nor a string copy of the text is made on the way to disk. One buffer is
/// meant to be reused (see <see cref="Clear"/>): its array is then allocated once per thread, not once per page.
/// </summary>
public sealed class Utf8Buffer(int capacity = 16 * 1024) : TextWriter
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _buffer = new byte[capacity];
    private int _length;
    private bool _inSurrogatePair;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What has been written so far; valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public int Capacity => _buffer.Length;

    public override void Write(char value)
    {
        if (value < 0x80 && !_inSurrogatePair)
        {
            Free(1)[0] = (byte)value;
            _length++;
        }
        else
        {
            Write(new ReadOnlySpan<char>(in value));
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    // The encoder keeps half a surrogate pair between calls, should a writer hand over the two halves separately.
    public override void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return;
        _length += _encoder.GetBytes(text, Free(Encoding.UTF8.GetMaxByteCount(text.Length)), flush: false);
        _inSurrogatePair = char.IsHighSurrogate(text[^1]);
    }

    /// <summary>Appends text that is already UTF-8.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Free(utf8.Length));
        _length += utf8.Length;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Clear()
    {
        _length = 0;
        _inSurrogatePair = false;
        _encoder.Reset();
    }

    public override string ToString() => Encoding.UTF8.GetString(_buffer, 0, _length);

    private Span<byte> Free(int needed)
    {
        if (_buffer.Length - _length < needed)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));
        return _buffer.AsSpan(_length);
    }
}
