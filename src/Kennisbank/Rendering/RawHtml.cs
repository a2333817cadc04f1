using System.Text;

namespace Kennisbank.Rendering;

/// <summary>
/// Markup that is already safe (the sanitized article body, a rendered partial). Templates escape every other
/// value they print; only values wrapped in this type are written as they are. Kept as UTF-8, the form in which
/// both article bodies and drawn partials already exist, so printing one is a plain copy of bytes.
/// </summary>
public sealed class RawHtml(ReadOnlyMemory<byte> utf8)
{
    /// <summary>Nothing to print (a partial already drawn in place).</summary>
    public static RawHtml Empty { get; } = new(ReadOnlyMemory<byte>.Empty);

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public string Html => Encoding.UTF8.GetString(Utf8.Span);

    public override string ToString() => Html;
}
