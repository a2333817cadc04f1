namespace Kennisbank.Output;

/// <summary>
/// Writes a file in place only where it differs: bytes are compared with what the file already holds, and from the
/// first difference on they are written over it (then the file is cut to length). A large generated file whose
/// content did not change is therefore only read, and nothing is ever buffered in memory.
/// </summary>
internal sealed class ComparingFileStream : Stream
{
    private readonly FileStream _file;
    // Only a file that may already exist is compared: a cold build streams ~7,000 search files at 100,000 articles.
    private readonly byte[]? _compare;
    private long _position;
    private bool _differs;

    public ComparingFileStream(string path, bool mayExist = true)
    {
        _differs = !mayExist || !File.Exists(path);
        _compare = _differs ? null : new byte[81920];
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 81920);
    }

    /// <summary>True when the file had to change.</summary>
    public bool Changed => _differs || _position != _file.Length;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_differs)
        {
            var span = buffer;
            while (span.Length > 0)
            {
                var chunk = Math.Min(span.Length, _compare!.Length);
                var read = _file.ReadAtLeast(_compare.AsSpan(0, chunk), chunk, throwOnEndOfStream: false);
                if (read < chunk || !span[..chunk].SequenceEqual(_compare.AsSpan(0, chunk)))
                {
                    _differs = true;
                    _file.Position = _position;
                    break;
                }

                _position += chunk;
                span = span[chunk..];
            }

            if (!_differs)
                return;
            buffer = span;
        }

        _file.Write(buffer);
        _position += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_file.Length != _position)
                _file.SetLength(_position);
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Flush() => _file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
