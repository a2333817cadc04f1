using System.Text;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>Files that cannot be an article at all: bad encoding, no content, no (closed) front matter.</summary>
public sealed class FileErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Invalid_utf8_is_KB001_at_the_line_and_column_of_the_bad_byte()
    {
        var before = """
            ---
            title: Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            ---
            Eerste regel.
            Één caf
            """;
        // Line 9 is "Één caf" + a Latin-1 'é' (0xE9): the bad byte is the 8th character of line 9.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xE9, .. " op de hoek.\n"u8];
        var file = _site.Write("cafe.md", "");
        File.WriteAllBytes(file, bytes);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB001");

        DiagnosticAssert.At(diagnostic, file, 9, 8);
        DiagnosticAssert.Mentions(diagnostic, "UTF-8");
    }

    [Fact]
    public void Invalid_utf8_far_into_a_long_file_is_KB001_at_the_right_line()
    {
        var header = "---\ntitle: Een artikel over thuiszitters\nsummary: Een korte samenvatting.\ntheme: passend-onderwijs\ntype: praktijkvoorbeeld\ndate: 2025-03-14\n---\n";
        var body = string.Concat(Enumerable.Repeat("Een regel met wat tekst erin, ë en ü en nog meer woorden.\n", 3000));
        // 7 header lines + 3000 body lines: the bad byte opens line 3008.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(header + body), 0xFF, .. "\n"u8];
        var file = _site.Write("lang.md", "");
        File.WriteAllBytes(file, bytes);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB001");

        DiagnosticAssert.At(diagnostic, file, 3008, 1);
    }

    [Fact]
    public void Windows_line_endings_do_not_shift_positions()
    {
        var file = _site.Write("crlf.md", "---\r\ntitle: Een artikel over thuiszitters\r\nsummary: Een korte samenvatting.\r\n"
            + "theme: passend-onderwijs\r\ntype: praktijkvoorbeeld\r\ndate: 2025-02-30\r\n---\r\nTekst.\r\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB108");

        DiagnosticAssert.At(diagnostic, file, 6, 7);
    }

    [Fact]
    public void Empty_file_is_KB002()
    {
        var file = _site.Write("leeg.md", "");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB002");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "leeg");
    }

    [Fact]
    public void Whitespace_only_file_is_KB002()
    {
        var file = _site.Write("spaties.md", "   \n\t\n  \n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB002");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "leeg");
    }

    [Fact]
    public void File_without_front_matter_is_KB101_at_its_first_line()
    {
        var file = _site.Write("zonder.md", "# Thuiszitters\n\nEen tekst zonder front matter.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB101");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "'---'");
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_KB102()
    {
        var file = _site.Write("open.md", """
            ---
            title: Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14

            # Aanpak

            Zo doen we het.
            """);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB102");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "'---'");
    }
}
