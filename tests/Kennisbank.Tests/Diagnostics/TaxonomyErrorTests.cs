using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Theme, type, school types and region must be keys from kennisbank.yml; a typo gets KB109 with the closest key.
/// Line layout of <see cref="TestSite.Article"/>: 4 theme, 5 type, extra keys from line 7.
/// </summary>
public sealed class TaxonomyErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unknown_theme_is_KB109_with_a_suggestion()
    {
        var file = _site.Article("thema.md", matter: ("theme", "pasend-onderwijs"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB109");

        DiagnosticAssert.At(diagnostic, file, 4, 8);
        DiagnosticAssert.Mentions(diagnostic, "'pasend-onderwijs'", "'theme'", "Bedoelde je 'passend-onderwijs'?");
    }

    [Fact]
    public void Unknown_type_is_KB109_with_a_suggestion()
    {
        var file = _site.Article("soort.md", matter: ("type", "handreikingen"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB109");

        DiagnosticAssert.At(diagnostic, file, 5, 7);
        DiagnosticAssert.Mentions(diagnostic, "'handreikingen'", "'type'", "Bedoelde je 'handreiking'?");
    }

    [Fact]
    public void Unknown_school_type_is_KB109_at_that_list_item()
    {
        // "school_types: [havo, vmb]": 'vmb' starts in column 22.
        var file = _site.Article("schoolsoort.md", matter: ("school_types", "[havo, vmb]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB109");

        DiagnosticAssert.At(diagnostic, file, 7, 22);
        DiagnosticAssert.Mentions(diagnostic, "'vmb'", "'school_types'", "Bedoelde je 'vmbo'?");
    }

    [Fact]
    public void Unknown_region_is_KB109_with_a_suggestion()
    {
        var file = _site.Article("regio.md", matter: ("region", "noord-brabnt"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB109");

        DiagnosticAssert.At(diagnostic, file, 7, 9);
        DiagnosticAssert.Mentions(diagnostic, "'noord-brabnt'", "'region'", "Bedoelde je 'noord-brabant'?");
    }
}
