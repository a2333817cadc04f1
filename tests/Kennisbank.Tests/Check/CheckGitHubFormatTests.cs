using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// <c>check --format github</c>: every stdout line is a workflow command the GitHub Actions runner reads back to
/// exactly the diagnostic's file, line, column, code and message — also when the path holds a comma and the
/// message holds ':' ',' '%' and line breaks. Parsed with <see cref="WorkflowCommand"/> (the runner's rules).
/// </summary>
public sealed class CheckGitHubFormatTests : IDisposable
{
    private const string Tags = "[debat]";

    // The key is quoted in the unknown-key message: ':' ',' '%', an already escaped-looking "%3A", "::" and CR LF.
    private const string AwkwardKey = "gek:sleutel,met%3A en 100% :: einde\r\nregel 2";
    private const string AwkwardKeyYaml = "\"gek:sleutel,met%3A en 100% :: einde\\r\\nregel 2\"";
    private const string AwkwardFile = "debat, deel 2: 100%.md";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Errors_round_trip_through_the_runner_including_commas_colons_and_percent_signs()
    {
        _site.Article(AwkwardFile, matter: [("tags", Tags), (AwkwardKeyYaml, "1")]);

        var run = KennisbankCli.Check(_site, "--format", "github");

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.StdoutLines);
        var command = WorkflowCommand.Parse(line);
        Assert.Equal("error", command.Name);
        Assert.Equal("content/" + AwkwardFile, command.Property("file"));
        Assert.Equal("8", command.Property("line"));
        Assert.Equal("1", command.Property("col"));
        Assert.Equal("KB104", command.Property("title"));
        Assert.Equal($"onbekende sleutel '{AwkwardKey}' in de front matter.", command.Message);
        Assert.Equal(["col", "file", "line", "title"], command.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Warnings_are_warning_commands()
    {
        _site.Article("geen-tags.md");

        var run = KennisbankCli.Check(_site, "--format", "github");

        Assert.True(run.ExitCode == 0, run.ToString());
        var command = WorkflowCommand.Parse(Assert.Single(run.StdoutLines));
        Assert.Equal("warning", command.Name);
        Assert.Equal("KB901", command.Property("title"));
        Assert.Equal("content/geen-tags.md", command.Property("file"));
    }

    [Fact]
    public void Every_diagnostic_reads_back_exactly_as_the_json_format_reports_it()
    {
        _site.Article(AwkwardFile, body: "Zie [weg](/artikelen/weg:a,b%3A/) en [ok](/artikelen/goed/).\n",
            matter: [("tags", Tags), (AwkwardKeyYaml, "1")]);
        _site.Article("goed.md", matter: ("tags", Tags));
        _site.Article("geen-tags.md", matter: ("title", "Een artikel zonder tags"));
        _site.Article("thema.md", matter: [("tags", Tags), ("theme", "burgerschp")]);

        var github = KennisbankCli.Check(_site, "--format", "github");
        var json = KennisbankCli.Check(_site, "--format", "json");

        Assert.True(github.ExitCode == 1, github.ToString());
        var expected = JsonDiagnostic.ReadAll(json.Stdout);
        Assert.True(expected.Count >= 4, json.ToString());
        var actual = github.StdoutLines.Select(WorkflowCommand.Parse)
            .Select(c => new JsonDiagnostic(c.Name, c.Property("title"), c.Property("file"),
                int.Parse(c.Property("line"), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(c.Property("col"), System.Globalization.CultureInfo.InvariantCulture), c.Message))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(actual, d => d is { Severity: "warning", Code: "KB901", Path: "content/geen-tags.md" });
        Assert.Contains(actual, d => d.Code == "KB301" && d.Message.Contains("'/artikelen/weg:a,b%3A/'", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_site_prints_no_commands()
    {
        _site.Article("goed.md", matter: ("tags", Tags));

        var run = KennisbankCli.Check(_site, "--format", "github");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
    }
}

/// <summary>The test's runner-style parser itself, on lines written by hand from GitHub's documentation.</summary>
public sealed class WorkflowCommandParserTests
{
    [Fact]
    public void Reads_the_documented_error_command()
    {
        var command = WorkflowCommand.Parse("::error file=app.js,line=1,col=5,endColumn=7,title=Fout::Missing semicolon");

        Assert.Equal("error", command.Name);
        Assert.Equal("app.js", command.Property("file"));
        Assert.Equal("1", command.Property("line"));
        Assert.Equal("5", command.Property("col"));
        Assert.Equal("7", command.Property("endColumn"));
        Assert.Equal("Fout", command.Property("title"));
        Assert.Equal("Missing semicolon", command.Message);
    }

    [Fact]
    public void Unescapes_properties_and_message_like_the_runner()
    {
        var command = WorkflowCommand.Parse("::warning file=a%2Cb%3A c%25.md,title=x%0Dy%0Az::a:b,c %253A%25 %0D%0A %3A %2C :: end");

        Assert.Equal("warning", command.Name);
        Assert.Equal("a,b: c%.md", command.Property("file"));
        Assert.Equal("x\ry\nz", command.Property("title"));
        Assert.Equal("a:b,c %3A% \r\n %3A %2C :: end", command.Message);
    }

    [Fact]
    public void An_unescaped_comma_in_a_property_cuts_the_value_as_the_runner_does()
    {
        var command = WorkflowCommand.Parse("::error file=a,b.md,line=3::m");

        Assert.Equal("a", command.Property("file"));
        Assert.False(command.Properties.ContainsKey("b.md"));
    }

    [Theory]
    [InlineData("content/a.md:1:1: error KB101: geen front matter")]
    [InlineData(":: error")]
    [InlineData("::error file=a.md")]
    public void Other_lines_are_not_commands(string line) => Assert.Null(WorkflowCommand.TryParse(line));
}
