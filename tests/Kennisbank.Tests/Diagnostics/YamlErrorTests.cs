using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>Front matter that is not valid YAML: the error points into the file, below the opening '---'.</summary>
public sealed class YamlErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unterminated_quoted_title_is_KB103_at_the_opening_quote()
    {
        var file = _site.Write("quote.md", """
            ---
            title: "Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            ---
            Tekst.
            """);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB103");

        DiagnosticAssert.At(diagnostic, file, 2, 8);
        DiagnosticAssert.Mentions(diagnostic, "ongeldige YAML in de front matter");
    }

    [Fact]
    public void Badly_indented_list_item_is_KB103_at_that_item()
    {
        var file = _site.Write("inspringen.md", """
            ---
            title: Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            tags:
              - thuiszitters
             - verzuim
            ---
            Tekst.
            """);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB103");

        // Line 9, " - verzuim": the dash sits one column left of the list it should belong to.
        DiagnosticAssert.At(diagnostic, file, 9, 2);
        DiagnosticAssert.Mentions(diagnostic, "ongeldige YAML in de front matter");
    }

    [Fact]
    public void Duplicate_key_is_KB110_at_the_second_occurrence_and_names_the_key()
    {
        var file = _site.Write("dubbel.md", """
            ---
            title: Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            title: Nog een titel voor hetzelfde artikel
            ---
            Tekst.
            """);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB110");

        DiagnosticAssert.At(diagnostic, file, 7, 1);
        DiagnosticAssert.Mentions(diagnostic, "title");
    }

    [Fact]
    public void Empty_front_matter_is_KB103()
    {
        var file = _site.Write("leeg.md", "---\n---\nTekst.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB103");

        DiagnosticAssert.At(diagnostic, file, 2, 1);
        DiagnosticAssert.Mentions(diagnostic, "leeg");
    }
}
