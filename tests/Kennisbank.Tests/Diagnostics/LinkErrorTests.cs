using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Links in the Markdown body (KB301), reported at the link itself with lines counted from the top of the file.
/// With <see cref="TestSite.Article"/> and no extra keys the closing '---' is line 7, so the body starts on line 8.
/// </summary>
public sealed class LinkErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public LinkErrorTests() => _site.Article("debatclub.md", body: "Inleiding.\n\n## Aanpak\n\nZo doen we het.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Link_to_a_page_that_does_not_exist_is_KB301_at_the_link()
    {
        var file = _site.Article("verwijzing.md", body: "Eerste alinea.\n\nZie [dit artikel](/artikelen/bestaat-niet/) voor meer.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB301");

        DiagnosticAssert.At(diagnostic, file, 10, 5);
        DiagnosticAssert.Mentions(diagnostic, "'/artikelen/bestaat-niet/'");
    }

    [Fact]
    public void Link_to_a_missing_heading_is_KB301_with_a_suggestion()
    {
        var file = _site.Article("verwijzing.md", body: "Eerste alinea.\nTweede regel met [de aanpak](/artikelen/debatclub/#aanpk).\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB301");

        DiagnosticAssert.At(diagnostic, file, 9, 18);
        DiagnosticAssert.Mentions(diagnostic, "'#aanpk'", "Bedoelde je 'aanpak'?");
    }

    [Fact]
    public void Link_to_an_existing_heading_builds()
    {
        _site.Article("verwijzing.md", body: "Zie [de aanpak](/artikelen/debatclub/#aanpak) en [het bestand](debatclub.md#aanpak).\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Link_to_a_missing_markdown_file_is_KB301_with_a_suggestion()
    {
        var file = _site.Article("verwijzing.md", body: "Lees ook [de debatclub](debatklub.md).\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB301");

        DiagnosticAssert.At(diagnostic, file, 8, 10);
        DiagnosticAssert.Mentions(diagnostic, "'debatklub.md'", "Bedoelde je 'debatclub.md'?");
    }

    [Fact]
    public void Javascript_link_in_markdown_is_KB301()
    {
        var file = _site.Article("verwijzing.md", body: "Eerste alinea.\n\n\n[Klik hier](javascript:alert(1))\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB301");

        DiagnosticAssert.At(diagnostic, file, 11, 1);
        DiagnosticAssert.Mentions(diagnostic, "'javascript:alert(1)'");
    }

    [Fact]
    public void Link_positions_count_extra_front_matter_lines()
    {
        // Two extra keys push the closing '---' to line 9, so the body's first line is line 10.
        var file = _site.Article("verwijzing.md", body: "[weg](/artikelen/weg/)\n",
            ("tags", "[burgerschap]"), ("school_types", "[havo]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB301");

        DiagnosticAssert.At(diagnostic, file, 10, 1);
    }
}
