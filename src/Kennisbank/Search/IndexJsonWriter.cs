using System.Runtime.CompilerServices;
using System.Text;

namespace Kennisbank.Search;

// Serializes a LunrIndex as JSON.stringify(lunr.Index#toJSON()) would: minified, keys in lunr's order,
// numbers formatted as JavaScript does, strings escaped as JSON.stringify does (only '"', '\\', control
// characters and lone surrogates; everything else literal, written as UTF-8). Hand-written rather than
// Utf8JsonWriter, whose escaping differs and which cannot be told the number format. Index JSON for a
// large site runs to tens of megabytes, so each ref is escaped once and copied as bytes after that, and
// the two big arrays are rendered in chunks on all cores, then written in order.

/// <summary>Writes the lunr index JSON to a UTF-8 stream.</summary>
internal sealed class IndexJsonWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;

    public IndexJsonWriter(Stream output) => _output = output;

    public void Write(LunrIndex index)
    {
        WriteAscii("{\"version\":");
        WriteString(LunrIndex.Version);
        WriteAscii(",\"fields\":[");
        for (int f = 0; f < index.Fields.Count; f++)
        {
            if (f > 0)
            {
                WriteByte((byte)',');
            }

            WriteString(index.Fields[f]);
        }

        WriteAscii("],\"fieldVectors\":[");
        WriteFieldVectors(index);
        WriteAscii("],\"invertedIndex\":[");
        WriteInvertedIndex(index);
        WriteAscii("],\"pipeline\":[");
        for (int i = 0; i < Pipeline.SearchLabels.Count; i++)
        {
            if (i > 0)
            {
                WriteByte((byte)',');
            }

            WriteString(Pipeline.SearchLabels[i]);
        }

        WriteAscii("]}");
    }

    // Renders items [0, count) in chunks, in parallel, and writes the chunks in order; a bounded number of
    // chunks is held in memory at a time.
    private void WriteInParallel(int count, Action<IndexJsonWriter, int, int> writeRange)
    {
        int chunks = Math.Max(1, Math.Min(count, Environment.ProcessorCount * 8));
        int perChunk = (count + chunks - 1) / Math.Max(1, chunks);
        int wave = Environment.ProcessorCount * 2;
        Flush();
        // One buffer per slot of a wave, reused by the next wave: a new stream per chunk grew through every size.
        var rendered = new MemoryStream[Math.Min(wave, chunks)];
        for (int k = 0; k < rendered.Length; k++)
        {
            rendered[k] = new MemoryStream();
        }

        for (int first = 0; first < chunks; first += wave)
        {
            int inWave = Math.Min(wave, chunks - first);
            Parallel.For(0, inWave, k =>
            {
                int from = Math.Min(count, (first + k) * perChunk);
                int to = Math.Min(count, from + perChunk);
                MemoryStream stream = rendered[k];
                stream.SetLength(0);
                using var writer = new IndexJsonWriter(stream);
                writeRange(writer, from, to);
            });

            for (int k = 0; k < inWave; k++)
            {
                _output.Write(rendered[k].GetBuffer(), 0, (int)rendered[k].Length);
            }
        }
    }

    private void WriteFieldVectors(LunrIndex index) =>
        WriteInParallel(index.Refs.Count, (writer, from, to) => writer.WriteFieldVectors(index, from, to));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteFieldVectors(LunrIndex index, int fromDocument, int toDocument)
    {
        for (int d = fromDocument; d < toDocument; d++)
        {
            for (int f = 0; f < index.Fields.Count; f++)
            {
                WriteAscii(d == 0 && f == 0 ? "[" : ",[");
                WriteString(new FieldRef(index.Refs[d], index.Fields[f]).ToString());
                WriteAscii(",[");
                FieldVector vector = index.Vectors[d][f];
                for (int i = 0; i < vector.Count; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)',');
                    }

                    WriteInt(vector.TermIndices[i]);
                    WriteByte((byte)',');
                    WriteThousandths(vector.Thousandths[i]);
                }

                WriteAscii("]]");
            }
        }
    }

    private void WriteInvertedIndex(LunrIndex index)
    {
        // Each document's posting entry, "ref":{}, escaped once.
        var entries = new byte[index.Refs.Count][];
        for (int d = 0; d < entries.Length; d++)
        {
            entries[d] = Encode(index.Refs[d], ":{}");
        }

        // The keys of a posting object: "_index" and the fields, in JavaScript key order.
        int[] keyOrder = JavaScriptKeyOrder.Order(["_index", .. index.Fields]);
        var fieldKeys = index.Fields.Select(name => Encode(name, ":{")).ToArray();
        WriteInParallel(
            index.SortedTermIndices.Length,
            (writer, from, to) => writer.WritePostings(index, entries, keyOrder, fieldKeys, from, to));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WritePostings(LunrIndex index, byte[][] entries, int[] keyOrder, byte[][] fieldKeys, int from, int to)
    {
        InvertedIndex inverted = index.InvertedIndex;
        for (int p = from; p < to; p++)
        {
            int termIndex = index.SortedTermIndices[p];
            WriteAscii(p == 0 ? "[" : ",[");
            WriteString(inverted.Terms[termIndex]);
            WriteByte((byte)',');
            for (int k = 0; k < keyOrder.Length; k++)
            {
                WriteByte(k == 0 ? (byte)'{' : (byte)',');
                if (keyOrder[k] == 0)
                {
                    WriteAscii("\"_index\":");
                    WriteInt(termIndex);
                    continue;
                }

                int f = keyOrder[k] - 1;
                WriteBytes(fieldKeys[f]);
                ReadOnlySpan<int> docs = inverted.DocumentsOf(termIndex, f);
                for (int i = 0; i < docs.Length; i++)
                {
                    if (i > 0)
                    {
                        WriteByte((byte)',');
                    }

                    WriteBytes(entries[docs[i]]);
                }

                WriteByte((byte)'}');
            }

            WriteAscii("}]");
        }
    }

    private static byte[] Encode(string s, string suffix)
    {
        var sb = new StringBuilder(s.Length + 8);
        AppendQuoted(sb, s);
        sb.Append(suffix);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private void WriteString(string s)
    {
        bool plain = true;
        foreach (char c in s)
        {
            if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            WriteByte((byte)'"');
            WriteUtf8(s);
            WriteByte((byte)'"');
            return;
        }

        var sb = new StringBuilder(s.Length + 8);
        AppendQuoted(sb, s);
        WriteUtf8(sb.ToString());
    }

    // JSON.stringify's QuoteJSONString; escaped lone surrogates keep the result valid UTF-16.
    private static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }

            if (c < 0x20)
            {
                sb.Append("\\u").Append(((int)c).ToString("x4"));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4"));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }

    private void WriteUtf8(string s)
    {
        int max = Encoding.UTF8.GetMaxByteCount(s.Length);
        if (max > BufferSize)
        {
            Flush();
            byte[] bytes = Encoding.UTF8.GetBytes(s);
            _output.Write(bytes);
            return;
        }

        Reserve(max);
        _used += Encoding.UTF8.GetBytes(s, _buffer.AsSpan(_used));
    }

    private void WriteInt(int value)
    {
        Reserve(11);
        value.TryFormat(_buffer.AsSpan(_used), out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        _used += written;
    }

    private void WriteThousandths(long thousandths)
    {
        if (thousandths is >= 0 and < 1_000_000_000_000_000)
        {
            Reserve(24);
            _used += JavaScriptNumber.FormatThousandths(thousandths, _buffer.AsSpan(_used));
        }
        else
        {
            WriteAscii(JavaScriptNumber.Format(thousandths / 1000.0));
        }
    }

    private void WriteAscii(string s)
    {
        Reserve(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            _buffer[_used++] = (byte)s[i];
        }
    }

    private void WriteBytes(byte[] bytes)
    {
        if (bytes.Length > BufferSize)
        {
            Flush();
            _output.Write(bytes);
            return;
        }

        Reserve(bytes.Length);
        bytes.CopyTo(_buffer, _used);
        _used += bytes.Length;
    }

    private void WriteByte(byte b)
    {
        Reserve(1);
        _buffer[_used++] = b;
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > BufferSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => Flush();
}
