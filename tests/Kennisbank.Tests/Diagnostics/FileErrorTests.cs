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
