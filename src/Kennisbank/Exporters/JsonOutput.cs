using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Exporters;

/// <summary>Writes JSON files deterministically; Dutch letters stay readable (no \u escapes for ë or é).</summary>
internal static class JsonOutput
{
    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        // The writer's own buffer, not a stream behind it: over a MemoryStream the bytes were grown and copied twice
        // more, large-object garbage (the article API of 100,000 articles is ~100 MB) that forced full collections.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = indented,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                   NewLine = "\n",
               }))
        {
            write(writer);
        }

        if (indented)
            buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
