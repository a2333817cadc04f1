using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Rules across articles: unique slugs (after transliteration), aliases that neither overwrite a page nor leave
/// the output folder, and <c>related</c> slugs that exist. Extra front matter keys start on line 7.
/// </summary>
public sealed class SiteRuleErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void File_names_that_transliterate_to_the_same_slug_are_KB201_at_the_second_file()
    {
        var first = _site.Article("ideeen.md");
        var second = _site.Article("ideeën.md");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB201");

        DiagnosticAssert.At(diagnostic, second, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "'ideeen'", Path.GetFileName(first));
    }

    [Fact]
    public void Explicit_slug_that_collides_with_a_file_name_is_KB201_at_the_slug()
    {
        var first = _site.Article("debatclub.md");
        var second = _site.Article("leerlingenraad.md", matter: ("slug", "debatclub"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB201");

        DiagnosticAssert.At(diagnostic, second, 7, 7);
        DiagnosticAssert.Mentions(diagnostic, "'debatclub'", Path.GetFileName(first));
    }

    [Fact]
    public void Alias_on_an_existing_article_page_is_KB202_at_the_alias()
    {
        _site.Article("debatclub.md");
        var file = _site.Article("leerlingenraad.md", matter: ("aliases", "[/artikelen/debatclub/]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB202");

        DiagnosticAssert.At(diagnostic, file, 7, 11);
        DiagnosticAssert.Mentions(diagnostic, "'/artikelen/debatclub/'");
    }

    [Fact]
    public void Alias_on_a_theme_page_is_KB202_at_the_alias()
    {
        var file = _site.Article("leerlingenraad.md", matter: ("aliases", "[/themas/burgerschap/]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB202");

        DiagnosticAssert.At(diagnostic, file, 7, 11);
        DiagnosticAssert.Mentions(diagnostic, "'/themas/burgerschap/'");
    }

    [Fact]
    public void Alias_written_without_trailing_slash_still_collides_with_the_page()
    {
        var file = _site.Article("leerlingenraad.md", matter: ("aliases", "[/themas/burgerschap]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB202");

        DiagnosticAssert.At(diagnostic, file, 7, 11);
    }

    [Fact]
    public void Aliases_that_would_leave_the_output_folder_are_KB204_each_at_its_item()
    {
        var file = _site.Write("ontsnapping.md", """
            ---
            title: Een artikel over thuiszitters
            summary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            aliases:
              - /../../etc/x
              - //evil.example
            ---
            Tekst.
            """);

        var diagnostics = DiagnosticAssert.Only(_site.Build(), "KB204");

        Assert.Equal(2, diagnostics.Count);
        DiagnosticAssert.At(diagnostics[0], file, 8, 5);
        DiagnosticAssert.Mentions(diagnostics[0], "'/../../etc/x'");
        DiagnosticAssert.At(diagnostics[1], file, 9, 5);
        DiagnosticAssert.Mentions(diagnostics[1], "'//evil.example'");
        Assert.False(Directory.Exists(_site.OutputDirectory));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "etc")));
    }

    [Fact]
    public void Unknown_related_slug_is_KB203_with_a_suggestion()
    {
        _site.Article("debatclub-onderbouw.md");
        var file = _site.Article("leerlingenraad.md", matter: ("related", "[debatclub-onderbouwen]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB203");

        DiagnosticAssert.At(diagnostic, file, 7, 11);
        DiagnosticAssert.Mentions(diagnostic, "'debatclub-onderbouwen'", "Bedoelde je 'debatclub-onderbouw'?");
    }
}
