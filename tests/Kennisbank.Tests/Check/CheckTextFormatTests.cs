using System.Text.RegularExpressions;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// <c>kennisbank check</c> with the default text format: one <c>path:line:column: severity KBnnn: message</c> line per
/// problem on stdout, exit 1 on errors and 0 when clean; warnings (KB901–KB903) fail only with <c>--strict</c>.
/// </summary>
public sealed partial class CheckTextFormatTests : IDisposable
{
    private const string Tags = "[debat, burgerschap]";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<code>KB\d{3}): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    private void CleanArticle(string file = "debatclub.md", params (string, string?)[] matter) =>
        _site.Article(file, matter: [("tags", Tags), .. matter]);

    private static string LongBodyWithoutHeadings(int words = 450) =>
        string.Join(' ', Enumerable.Range(1, words).Select(i => $"woord{i}")) + "\n";

    [Fact]
    public void Clean_site_exits_with_0_and_prints_no_diagnostics()
    {
        CleanArticle("debatclub.md");
        CleanArticle("leerlingenraad.md", ("title", "De leerlingenraad aan het woord"));

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Contains(run.StderrLines, l => l.StartsWith("2 artikelen gecontroleerd: 0 fouten, 0 waarschuwingen", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_are_printed_as_path_line_column_lines_and_exit_with_1()
    {
        CleanArticle("goed.md");
        _site.Article("thema.md", matter: [("tags", Tags), ("theme", "burgerschp")]);
        _site.Write("zonder.md", "Geen front matter.\n");

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.All(run.StdoutLines, l => Assert.Matches(DiagnosticLine(), l));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("content/thema.md:4:8: error KB109: ", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("content/zonder.md:1:1: error KB101: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StdoutLines, l => l.StartsWith("content/goed.md:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_of_the_run_is_reported_not_only_the_first()
    {
        _site.Article("a.md", matter: [("tags", Tags), ("theme", "burgerschp")]);
        _site.Article("b.md", matter: [("tags", Tags), ("date", "2025-02-30")]);
        _site.Article("c.md", body: "Zie [weg](/artikelen/bestaat-niet/).\n", matter: ("tags", Tags));

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 1, run.ToString());
        var codes = run.StdoutLines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["path"].Value} {m.Groups["code"].Value}").ToList();
        Assert.Equal(["content/a.md KB109", "content/b.md KB108", "content/c.md KB301"], codes);
    }

    [Fact]
    public void Article_without_tags_is_a_KB901_warning_that_does_not_fail()
    {
        _site.Article("geen-tags.md");

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.StdoutLines);
        var match = DiagnosticLine().Match(line);
        Assert.True(match.Success, line);
        Assert.Equal("content/geen-tags.md", match.Groups["path"].Value);
        Assert.Equal("warning", match.Groups["severity"].Value);
        Assert.Equal("KB901", match.Groups["code"].Value);
    }

    [Fact]
    public void Summary_that_repeats_the_title_is_a_KB902_warning_at_the_summary()
    {
        CleanArticle("herhaling.md", ("title", "Debatclub in de onderbouw"), ("summary", "Debatclub in de onderbouw."));

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.StdoutLines);
        Assert.StartsWith("content/herhaling.md:3:", line);
        Assert.Contains(": warning KB902: ", line);
    }

    [Fact]
    public void Long_text_without_headings_is_a_KB903_warning_and_a_short_one_is_not()
    {
        _site.Article("lang.md", LongBodyWithoutHeadings(), ("tags", Tags));
        _site.Article("kort.md", LongBodyWithoutHeadings(120), ("tags", Tags), ("title", "Een korte tekst zonder koppen"));
        _site.Article("lang-met-koppen.md", "## Aanpak\n\n" + LongBodyWithoutHeadings(), ("tags", Tags), ("title", "Een lange tekst met koppen"));

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.StdoutLines);
        Assert.StartsWith("content/lang.md:", line);
        Assert.Contains(": warning KB903: ", line);
        Assert.Contains("450 woorden", line);
    }

    [Theory]
    [InlineData("KB901")]
    [InlineData("KB902")]
    [InlineData("KB903")]
    public void Strict_turns_a_warning_into_a_failure(string code)
    {
        switch (code)
        {
            case "KB901":
                _site.Article("waarschuwing.md");
                break;
            case "KB902":
                CleanArticle("waarschuwing.md", ("title", "Debatclub in de onderbouw"), ("summary", "Debatclub in de onderbouw"));
                break;
            default:
                _site.Article("waarschuwing.md", LongBodyWithoutHeadings(), ("tags", Tags));
                break;
        }

        var lenient = KennisbankCli.Check(_site);
        var strict = KennisbankCli.Check(_site, "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains(strict.StdoutLines, l => l.Contains($": warning {code}: ", StringComparison.Ordinal));
        Assert.Equal(lenient.Stdout, strict.Stdout);
    }

    [Fact]
    public void Strict_on_a_clean_site_still_exits_with_0()
    {
        CleanArticle();

        var run = KennisbankCli.Check(_site, "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Every_diagnostic_is_exactly_one_line_even_when_its_message_quotes_a_line_break()
    {
        // A quoted YAML key may hold a line break; the unknown-key message quotes the key.
        _site.Article("sleutel.md", matter: [("tags", Tags), ("\"regel een\\r\\nregel twee\"", "1")]);

        var run = KennisbankCli.Check(_site);
        var json = KennisbankCli.Check(_site, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var expected = JsonDiagnostic.ReadAll(json.Stdout);
        Assert.Single(expected, d => d.Code == "KB104");
        Assert.True(run.StdoutLines.Count == expected.Count,
            $"{expected.Count} diagnostic(s) but {run.StdoutLines.Count} stdout lines: a message with a line break must not split a diagnostic over lines\n{run}");
        Assert.All(run.StdoutLines, l => Assert.Matches(DiagnosticLine(), l));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("sarif")]
    public void Unknown_format_exits_with_2_and_says_which_formats_exist(string format)
    {
        CleanArticle();

        var run = KennisbankCli.Check(_site, "--format", format);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Contains("--format", run.Stderr);
        Assert.Contains($"'{format}'", run.Stderr);
        foreach (var known in new[] { "text", "github", "json" })
            Assert.Contains(known, run.Stderr);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void Explicit_text_format_is_the_default_format()
    {
        CleanArticle("goed.md");
        _site.Article("thema.md", matter: [("tags", Tags), ("theme", "burgerschp")]);

        var implicitRun = KennisbankCli.Check(_site);
        var explicitRun = KennisbankCli.Check(_site, "--format", "text");

        Assert.Equal(1, explicitRun.ExitCode);
        Assert.Equal(implicitRun.Stdout, explicitRun.Stdout);
        Assert.NotEmpty(explicitRun.Stdout);
    }
}
