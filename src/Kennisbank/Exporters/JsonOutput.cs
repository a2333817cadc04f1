using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Exporters;

/// <summary>Writes JSON files deterministically; Dutch letters stay readable (no \u escapes for ë or é).</summary>
internal static class JsonOutput
{
    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        // The writer's own buffer, not a stream behind it: over a MemoryStream the bytes were grown and copied twice more.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
            write(writer);
        if (indented)
            buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes straight into <paramref name="output"/>, for files too large to hold (the article API of 100,000
    /// articles is ~100 MB); <paramref name="write"/> should call <see cref="FlushNowAndThen"/> as it goes.
    /// </summary>
    public static void WriteTo(Stream output, Action<Utf8JsonWriter> write, bool indented = false)
    {
        using (var writer = new Utf8JsonWriter(output, Options(indented)))
            write(writer);
        if (indented)
            output.Write("\n"u8);
    }

    /// <summary>Hands what the writer holds to its stream once it is more than 64 KB (a writer over a stream keeps everything until flushed).</summary>
    public static void FlushNowAndThen(Utf8JsonWriter json)
    {
        if (json.BytesPending > 64 * 1024)
            json.Flush();
    }

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };
}
