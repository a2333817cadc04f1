using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Front matter that is valid YAML but not a valid article. <see cref="TestSite.Article"/> writes
/// line 1 '---', 2 title, 3 summary, 4 theme, 5 type, 6 date, then extra keys from line 7 in the order given;
/// an override keeps the line of the key it replaces.
/// </summary>
public sealed class FrontMatterErrorTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Misspelt_key_is_KB104_with_a_suggestion()
    {
        var file = _site.Article("typo.md", matter: ("sumary", "Een korte samenvatting."));

        var diagnostic = DiagnosticAssert.Single(_site.Build(), "KB104");

        DiagnosticAssert.At(diagnostic, file, 7, 1);
        DiagnosticAssert.Mentions(diagnostic, "'sumary'", "Bedoelde je 'summary'?");
    }

    [Fact]
    public void Misspelt_required_key_is_reported_as_unknown_and_as_missing()
    {
        var file = _site.Write("typo.md", """
            ---
            title: Een artikel over thuiszitters
            sumary: Een korte samenvatting van het artikel.
            theme: passend-onderwijs
            type: praktijkvoorbeeld
            date: 2025-03-14
            ---
            Tekst.
            """);

        var result = _site.Build();

        var unknown = DiagnosticAssert.Single(result, "KB104");
        DiagnosticAssert.At(unknown, file, 3, 1);
        DiagnosticAssert.Mentions(unknown, "Bedoelde je 'summary'?");
        DiagnosticAssert.Mentions(DiagnosticAssert.Single(result, "KB105"), "'summary'");
    }

    [Fact]
    public void Each_missing_required_key_is_its_own_KB105()
    {
        var file = _site.Write("karig.md", """
            ---
            title: Een artikel over thuiszitters
            date: 2025-03-14
            ---
            Tekst.
            """);

        var missing = DiagnosticAssert.Only(_site.Build(), "KB105");

        Assert.Equal(3, missing.Count);
        Assert.All(missing, d => DiagnosticAssert.At(d, file, 1, 1));
        Assert.Single(missing, d => d.Message.Contains("'summary'", StringComparison.Ordinal));
        Assert.Single(missing, d => d.Message.Contains("'theme'", StringComparison.Ordinal));
        Assert.Single(missing, d => d.Message.Contains("'type'", StringComparison.Ordinal));
    }

    [Fact]
    public void Tags_as_a_single_text_is_KB106_at_the_value()
    {
        var file = _site.Article("tags.md", matter: ("tags", "thuiszitters"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB106");

        DiagnosticAssert.At(diagnostic, file, 7, 7);
        DiagnosticAssert.Mentions(diagnostic, "'tags'", "'thuiszitters'");
    }

    [Fact]
    public void Title_as_a_list_is_KB106_at_the_value()
    {
        var file = _site.Article("lijst.md", matter: ("title", "[Een artikel, over thuiszitters]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB106");

        DiagnosticAssert.At(diagnostic, file, 2, 8);
        DiagnosticAssert.Mentions(diagnostic, "'title'", "lijst");
    }

    [Fact]
    public void Draft_as_a_dutch_word_is_KB106_at_the_value()
    {
        var file = _site.Article("concept.md", matter: ("draft", "\"ja\""));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB106");

        DiagnosticAssert.At(diagnostic, file, 7, 8);
        DiagnosticAssert.Mentions(diagnostic, "'draft'", "'ja'", "true of false");
    }

    [Fact]
    public void Slug_with_capitals_and_underscores_is_KB107_at_the_value()
    {
        var file = _site.Article("slug.md", matter: ("slug", "Debatclub_Onderbouw"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB107");

        DiagnosticAssert.At(diagnostic, file, 7, 7);
        DiagnosticAssert.Mentions(diagnostic, "'Debatclub_Onderbouw'");
    }

    [Fact]
    public void Title_shorter_than_five_characters_is_KB107()
    {
        var file = _site.Article("kort.md", matter: ("title", "Kort"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB107");

        DiagnosticAssert.At(diagnostic, file, 2, 8);
        DiagnosticAssert.Mentions(diagnostic, "'title'", "(nu 4)");
    }

    [Fact]
    public void Title_longer_than_120_characters_is_KB107()
    {
        var file = _site.Article("lang.md", matter: ("title", new string('a', 121)));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB107");

        DiagnosticAssert.At(diagnostic, file, 2, 8);
        DiagnosticAssert.Mentions(diagnostic, "'title'", "(nu 121)");
    }

    [Fact]
    public void Title_of_exactly_120_characters_is_accepted()
    {
        _site.Article("precies.md", matter: ("title", new string('a', 120)));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Summary_longer_than_300_characters_is_KB107()
    {
        var file = _site.Article("samenvatting.md", matter: ("summary", new string('b', 301)));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB107");

        DiagnosticAssert.At(diagnostic, file, 3, 10);
        DiagnosticAssert.Mentions(diagnostic, "'summary'", "(nu 301)");
    }

    [Fact]
    public void Date_that_does_not_exist_is_KB108_at_the_value()
    {
        var file = _site.Article("datum.md", matter: ("date", "2025-02-30"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB108");

        DiagnosticAssert.At(diagnostic, file, 6, 7);
        DiagnosticAssert.Mentions(diagnostic, "'date'", "'2025-02-30'");
    }

    [Fact]
    public void Date_in_dutch_day_month_year_order_is_KB108_at_the_value()
    {
        var file = _site.Article("datum.md", matter: ("date", "14-03-2025"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB108");

        DiagnosticAssert.At(diagnostic, file, 6, 7);
        DiagnosticAssert.Mentions(diagnostic, "'date'", "'14-03-2025'", "JJJJ-MM-DD");
    }

    [Fact]
    public void Updated_before_date_is_KB108_at_updated()
    {
        var file = _site.Article("bijgewerkt.md", matter: ("updated", "2025-03-01"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB108");

        DiagnosticAssert.At(diagnostic, file, 7, 10);
        DiagnosticAssert.Mentions(diagnostic, "'updated'", "2025-03-01", "2025-03-14");
    }
}
