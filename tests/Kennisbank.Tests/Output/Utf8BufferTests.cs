using System.Text;
using Kennisbank.Output;

namespace Kennisbank.Tests.Output;

/// <summary>
/// The UTF-8 writer that article bodies and pages are rendered into: whatever a writer hands it, piece by piece,
/// must come out as the exact UTF-8 of the whole text.
/// </summary>
public sealed class Utf8BufferTests
{
    // Dutch diacritics, a non-BMP character (a surrogate pair in .NET) and plain ASCII markup.
    private const string Text = "<p>Ideeën van geïnteresseerde leerlingen uit België 🎓 — “passend onderwijs”</p>\n";

    [Fact]
    public void Text_written_char_by_char_is_encoded_like_the_whole_string()
    {
        var buffer = new Utf8Buffer(capacity: 8);
        foreach (var c in Text)
            buffer.Write(c); // the emoji arrives as two separate halves

        Assert.Equal(Encoding.UTF8.GetBytes(Text), buffer.ToArray());
        Assert.Equal(Text, buffer.ToString());
    }

    [Fact]
    public void Strings_spans_raw_utf8_and_newlines_are_appended_in_order_and_the_buffer_grows()
    {
        var buffer = new Utf8Buffer(capacity: 4);
        buffer.Write("<h2>Aanpak</h2>");
        buffer.WriteLine();
        buffer.Write(Encoding.UTF8.GetBytes("<p>Café</p>").AsSpan());
        buffer.Write("ë".AsSpan());
        buffer.Write(Text.ToCharArray(), 3, 6);

        var expected = "<h2>Aanpak</h2>" + Environment.NewLine + "<p>Café</p>" + "ë" + Text.Substring(3, 6);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), buffer.Written.ToArray());
    }

    [Fact]
    public void A_cleared_buffer_starts_afresh_even_after_half_a_surrogate_pair()
    {
        var buffer = new Utf8Buffer();
        buffer.Write("🎓"[0]);
        buffer.Clear();
        buffer.Write("abc");

        Assert.Equal("abc"u8.ToArray(), buffer.ToArray());
    }
}
