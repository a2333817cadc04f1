using System.Text.RegularExpressions;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Cli;

/// <summary>
/// <c>kennisbank build</c> as a real process: exit codes, what goes to stdout and stderr, and the options
/// (--base-url, --drafts, the default folders).
/// </summary>
public sealed partial class BuildCommandTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly TempDirectory _workingDirectory = new("kb-cli-cwd");

    public void Dispose()
    {
        _site.Dispose();
        _workingDirectory.Dispose();
    }

    [GeneratedRegex(@"^[^:]+:\d+:\d+: (error|warning) KB\d{3}: .+")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Successful_build_exits_with_0_and_summarizes_on_stdout()
    {
        _site.Article("debatclub.md");
        _site.Article("leerlingenraad.md");

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var summary = Assert.Single(run.StdoutLines, l => l.Contains("2 artikelen", StringComparison.Ordinal));
        Assert.Contains(_site.OutputDirectory, summary);
        // Warnings (such as an article without tags) may appear; errors may not.
        Assert.DoesNotContain(": error KB", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(_site.OutputFile("/artikelen/debatclub/")));
    }

    [Fact]
    public void Successful_build_prints_exactly_one_line_on_stdout()
    {
        _site.Article("debatclub.md");

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.StdoutLines);
    }

    [Fact]
    public void Summary_of_a_single_article_uses_the_singular()
    {
        _site.Article("debatclub.md");

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Klaar: 1 artikel,", run.StdoutLines[0]);
    }

    [Fact]
    public void Broken_site_exits_with_1_and_prints_one_diagnostic_per_stderr_line()
    {
        _site.Article("goed.md");
        _site.Write("zonder.md", "Geen front matter.\n");
        _site.Article("datum.md", matter: ("date", "2025-02-30"));
        _site.Article("thema.md", matter: ("theme", "burgerschp"));

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StderrLines;
        Assert.True(lines.Count >= 4, run.ToString());
        Assert.All(lines.SkipLast(1), line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains(lines, l => l.Contains("zonder.md:1:1: error KB101", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("datum.md:6:7: error KB108", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("thema.md:4:8: error KB109", StringComparison.Ordinal));
        Assert.DoesNotMatch(DiagnosticLine(), lines[^1]);
        Assert.Empty(run.Stdout);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Broken_site_leaves_no_output_folder()
    {
        _site.Write("zonder.md", "Geen front matter.\n");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void Template_syntax_error_is_a_diagnostic_not_a_stack_trace()
    {
        var templates = Path.Combine(_site.Root, "templates");
        CliProcess.CopyFolder(RepoPaths.Templates, templates);
        File.WriteAllText(Path.Combine(templates, "list.html"), "{{ if }}\n" + File.ReadAllText(Path.Combine(templates, "list.html")));
        _site.Article("debatclub.md");

        var run = CliProcess.Build(_workingDirectory.Path, _site.ContentDirectory, templates, _site.ConfigFile, _site.OutputDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        AssertNoStackTrace(run);
        Assert.Contains(run.StderrLines, l => DiagnosticLine().IsMatch(l) && l.Contains("list.html:1:", StringComparison.Ordinal)
                                             && l.Contains("KB401", StringComparison.Ordinal));
    }

    [Fact]
    public void Base_url_option_prefixes_every_site_link_with_its_path()
    {
        _site.Article("debatclub.md", body: "Zie [de aanpak](/artikelen/debatclub/#aanpak).\n\n## Aanpak\n\nTekst.\n");

        var run = Build("--base-url", "https://example.org/kb/");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var sitePath in new[] { "/", "/artikelen/debatclub/" })
        {
            var page = _site.Page(sitePath);
            var urls = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Where(u => u.StartsWith('/')).ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, u => Assert.StartsWith("/kb/", u));
        }

        Assert.NotNull(_site.Page("/artikelen/debatclub/").QuerySelector(".article-body a[href='/kb/artikelen/debatclub/#aanpak']"));
        Assert.Equal("https://example.org/kb/artikelen/debatclub/",
            _site.Page("/artikelen/debatclub/").QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void Draft_article_is_left_out_by_default()
    {
        _site.Article("debatclub.md");
        _site.Article("concept.md", matter: ("draft", "true"));

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(_site.OutputFile("/artikelen/concept/")));
        Assert.True(File.Exists(_site.OutputFile("/artikelen/debatclub/")));
        Assert.Matches(@"^Klaar: 1 artikel(en)?,", run.StdoutLines[0]);
    }

    [Fact]
    public void Drafts_option_includes_the_draft_article()
    {
        _site.Article("debatclub.md");
        _site.Article("concept.md", matter: [("title", "Een concept over de leerlingenraad"), ("draft", "true")]);

        var run = Build("--drafts");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Een concept over de leerlingenraad", _site.Page("/artikelen/concept/").QuerySelector("h1")?.TextContent);
        Assert.Contains(run.StdoutLines, l => l.Contains("2 artikelen", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_options_the_site_root_in_the_working_directory_is_built_into_site()
    {
        CliProcess.CopyFolder(RepoPaths.Templates, Path.Combine(_site.Root, "templates"));
        _site.Article("debatclub.md");

        var run = CliProcess.Run(_site.Root, "build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Root, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "site", "artikelen", "debatclub", "index.html")));
        Assert.Contains(Path.Combine(_site.Root, "site"), run.Stdout);
    }

    [Fact]
    public void Without_options_from_a_sub_folder_the_nearest_site_root_is_used()
    {
        CliProcess.CopyFolder(RepoPaths.Templates, Path.Combine(_site.Root, "templates"));
        _site.Article("debatclub.md");

        var run = CliProcess.Run(_site.ContentDirectory, "build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Root, "site", "artikelen", "debatclub", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.ContentDirectory, "site")));
    }

    [Fact]
    public void Relative_base_url_is_refused_before_building()
    {
        _site.Article("debatclub.md");

        var run = Build("--base-url", "kb/");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--base-url", run.Stderr);
        Assert.False(Directory.Exists(_site.OutputDirectory));
        AssertNoStackTrace(run);
    }

    private CliRun Build(params string[] extra) =>
        CliProcess.Build(_workingDirectory.Path, _site.ContentDirectory, _site.TemplatesDirectory, _site.ConfigFile, _site.OutputDirectory, extra);

    private static void AssertNoStackTrace(CliRun run)
    {
        foreach (var text in new[] { run.Stdout, run.Stderr })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Exception", text);
        }
    }
}
