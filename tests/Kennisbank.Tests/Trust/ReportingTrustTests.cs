using System.Text.Json;
using Kennisbank.Tests.Check;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11, class 13: what the tool prints can be trusted by the machines that read it. A file name with a line
/// break cannot forge a second diagnostic or a GitHub annotation in any format, and <c>--base-url</c> obeys the one
/// rule of <c>base_url</c> (http or https, no query, no fragment).
/// </summary>
public sealed class ReportingTrustTests : IDisposable
{
    private const string ForgedName = "kapot\n::error file=README.md,line=1::alles is goed\n.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_line_break_in_a_file_name_forges_no_line_in_build_output()
    {
        _site.Article("echt.md");
        _site.Write(ForgedName, "geen front matter\n");

        var run = CliProcess.Run(_site.Root, "build", "--templates", _site.TemplatesDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.StderrLines, line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.Single(run.StderrLines, line => line.Contains("error KB101", StringComparison.Ordinal));
        Assert.Contains("kapot⏎::error file=README.md,line=1::alles is goed⏎.md:1:1: error KB101", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_file_name_forges_no_annotation_in_github_format()
    {
        _site.Article("echt.md");
        _site.Write(ForgedName, "geen front matter\n");

        var run = KennisbankCli.Check(_site, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        var annotations = run.StdoutLines.Where(l => l.StartsWith("::error", StringComparison.Ordinal)).ToList();
        var annotation = Assert.Single(annotations);
        Assert.Contains("kapot%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aalles is goed%0A.md", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_file_name_stays_inside_its_json_string()
    {
        _site.Article("echt.md");
        _site.Write(ForgedName, "geen front matter\n");

        var run = KennisbankCli.Check(_site, "--format", "json");

        var diagnostic = Assert.Single(JsonDiagnostic.ReadAll(run.Stdout), d => d.Severity == "error");
        Assert.Equal("content/" + ForgedName, diagnostic.Path);
        Assert.DoesNotContain(run.StdoutLines, line => line.StartsWith("::", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/")]
    [InlineData("ftp://kennisbank.example.nl/")]
    [InlineData("https://kennisbank.example.nl/?leerling=1")]
    [InlineData("https://kennisbank.example.nl/#top")]
    public void Base_url_on_the_command_line_follows_the_rule_of_kennisbank_yml(string url)
    {
        _site.Article("echt.md");

        var run = CliProcess.Run(_site.Root, "build", "--templates", _site.TemplatesDirectory, "--base-url", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error KB503: '--base-url' moet een absolute http(s)-URL zonder ? of # zijn", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.OutputDirectory));

        File.WriteAllText(_site.ConfigFile, File.ReadAllText(_site.ConfigFile).Replace("base_url: ", $"base_url: \"{url}\"\nx_oud: ", StringComparison.Ordinal));
        var config = _site.Build(dryRun: true);
        Assert.Contains(config.Diagnostics, d => d.Code == "KB501" && d.Message.StartsWith("'base_url' moet een absolute http(s)-URL zonder ? of # zijn", StringComparison.Ordinal));
    }
}
