using System.Text;
using System.Xml;

namespace Kennisbank.Exporters;

/// <summary>Writes XML documents the same way every time: UTF-8 without BOM, indented, '\n' line ends.</summary>
internal static class XmlOutput
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
