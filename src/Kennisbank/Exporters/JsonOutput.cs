using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Exporters;

/// <summary>Writes JSON files deterministically; Dutch letters stay readable (no \u escapes for ë or é).</summary>
internal static class JsonOutput
{
    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = indented,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                   NewLine = "\n",
               }))
        {
            write(writer);
        }

        if (indented)
            stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
