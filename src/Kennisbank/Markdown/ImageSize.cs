using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kennisbank.Markdown;

/// <summary>
/// Reads an image's pixel size from its header (PNG, JPEG, GIF, SVG), so pages can give every image
/// <c>width</c>/<c>height</c> and the layout does not jump while images load. Null when the size cannot be read.
/// </summary>
public static partial class ImageSize
{
    [GeneratedRegex("""<svg\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex SvgTag();

    [GeneratedRegex("""\b(width|height|viewBox)\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex SvgAttribute();

    public static (int Width, int Height)? Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var bytes = AttachmentFiles.ReadAllBytes(path);
        if (extension == ".svg")
            return Svg(new StreamReader(new MemoryStream(bytes)).ReadToEnd());
        return extension switch
        {
            ".png" => Png(bytes),
            ".jpg" or ".jpeg" => Jpeg(bytes),
            ".gif" => Gif(bytes),
            _ => null,
        };
    }

    private static (int, int)? Png(byte[] b) =>
        b.Length >= 24 && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R'
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)))
            : null;

    private static (int, int)? Gif(byte[] b) =>
        b.Length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F'
            ? (BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6)), BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8)))
            : null;

    private static (int, int)? Jpeg(byte[] b)
    {
        // Walk the segments to the first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC), which holds the size.
        for (var i = 2; i + 9 < b.Length;)
        {
            if (b[i] != 0xFF)
                return null;
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            i += 2 + length;
        }

        return null;
    }

    private static (int, int)? Svg(string text)
    {
        if (SvgTag().Match(text) is not { Success: true } tag)
            return null;
        var attributes = SvgAttribute().Matches(tag.Value).ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => m.Groups[2].Value);
        if (Number(attributes.GetValueOrDefault("width")) is { } w && Number(attributes.GetValueOrDefault("height")) is { } h)
            return (w, h);
        var box = attributes.GetValueOrDefault("viewbox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return box is { Length: 4 } && Number(box[2]) is { } bw && Number(box[3]) is { } bh ? (bw, bh) : null;
    }

    private static int? Number(string? value) =>
        value is not null && double.TryParse(value.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? (int)Math.Round(n)
            : null;
}
