using Kennisbank.Diagnostics;
using Kennisbank.Tests.Check;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Publishing;

/// <summary>
/// The published-URL guard: once <c>urls --update</c> has listed a URL in published-urls.txt, <c>build</c> and
/// <c>check</c> fail with KB701 (at the list's line) when it disappears without an alias, naming the article that
/// replaced it and the exact <c>aliases:</c> line to add; with that alias the old URL is a redirect page again.
/// </summary>
public sealed class PublishedUrlGuardTests : IDisposable
{
    private const string OldUrl = "/artikelen/debatclub-onderbouw/";
    private readonly TestSite _site = new();

    public PublishedUrlGuardTests()
    {
        _site.Article("debatclub-onderbouw.md", matter: [("title", "Debatclub in de onderbouw"), ("theme", "burgerschap"), ("tags", "[debat]")]);
        _site.Article("leerlingenraad.md", matter: [("title", "Een actieve leerlingenraad"), ("theme", "burgerschap"), ("tags", "[debat]")]);
    }

    public void Dispose() => _site.Dispose();

    private string ListFile => Path.Combine(_site.Root, "published-urls.txt");

    private CliRun Build(params string[] arguments) => KennisbankCli.Run(_site, "build", arguments);

    private void Publish()
    {
        var run = KennisbankCli.Run(_site, "urls", "--update");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(OldUrl, File.ReadAllLines(ListFile));
    }

    private int LineOf(string url) => Array.IndexOf(File.ReadAllLines(ListFile), url) + 1;

    private string Rename()
    {
        var renamed = Path.Combine(_site.ContentDirectory, "debatclub-in-de-onderbouw.md");
        File.Move(Path.Combine(_site.ContentDirectory, "debatclub-onderbouw.md"), renamed);
        return renamed;
    }

    [Fact]
    public void Renamed_article_fails_build_with_KB701_at_the_list_line_and_suggests_the_alias()
    {
        Publish();
        var line = LineOf(OldUrl);
        Rename();

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.StderrLines, l => l.Contains(" KB701: ", StringComparison.Ordinal));
        Assert.StartsWith($"published-urls.txt:{line}:1: error KB701: ", error);
        Assert.Contains($"'{OldUrl}'", error);
        Assert.Contains("content/debatclub-in-de-onderbouw.md", error);
        Assert.Contains($"aliases: [{OldUrl}]", error);
        Assert.False(Directory.Exists(_site.OutputDirectory), "a failed build must not write the site");
    }

    [Fact]
    public void Renamed_article_fails_check_with_the_same_diagnostic()
    {
        Publish();
        var line = LineOf(OldUrl);
        Rename();

        var build = Build();
        var check = KennisbankCli.Check(_site);
        var onlyOtherFile = KennisbankCli.Check(_site, "content/leerlingenraad.md");

        Assert.True(check.ExitCode == 1, check.ToString());
        var error = Assert.Single(check.StdoutLines);
        Assert.StartsWith($"published-urls.txt:{line}:1: error KB701: ", error);
        Assert.Contains(error, build.StderrLines);
        Assert.True(onlyOtherFile.ExitCode == 1, "the guard is about the whole site, so it is reported whichever files are checked\n" + onlyOtherFile);
        Assert.Equal(check.Stdout, onlyOtherFile.Stdout);
    }

    [Fact]
    public void Adding_the_suggested_alias_makes_the_build_clean_and_the_old_url_a_redirect()
    {
        Publish();
        var renamed = Rename();
        File.WriteAllText(renamed, File.ReadAllText(renamed).Replace("tags: [debat]\n", $"tags: [debat]\naliases: [{OldUrl}]\n", StringComparison.Ordinal));

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("KB701", run.Stderr);
        Assert.True(KennisbankCli.Check(_site).ExitCode == 0);
        var page = _site.Page(OldUrl);
        var refresh = page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content");
        Assert.NotNull(refresh);
        Assert.EndsWith("url=/artikelen/debatclub-in-de-onderbouw/", refresh);
        Assert.Equal("/artikelen/debatclub-in-de-onderbouw/", page.QuerySelector("main a")?.GetAttribute("href"));
        Assert.EndsWith("/artikelen/debatclub-in-de-onderbouw/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.True(File.Exists(_site.OutputFile("/artikelen/debatclub-in-de-onderbouw/")));
    }

    [Fact]
    public void Removed_article_fails_with_KB701_naming_its_url()
    {
        Publish();
        var line = LineOf("/artikelen/leerlingenraad/");
        File.Delete(Path.Combine(_site.ContentDirectory, "leerlingenraad.md"));

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.StderrLines, l => l.Contains(" KB701: ", StringComparison.Ordinal));
        Assert.StartsWith($"published-urls.txt:{line}:1: error KB701: '/artikelen/leerlingenraad/'", error);
        Assert.Contains("aliases: [", error);
    }

    [Fact]
    public void A_tag_page_that_disappears_asks_for_the_tag_back_not_for_an_alias()
    {
        Publish();
        var line = LineOf("/tags/debat/");
        foreach (var file in Directory.GetFiles(_site.ContentDirectory))
            File.WriteAllText(file, File.ReadAllText(file).Replace("tags: [debat]", "tags: [debatteren]", StringComparison.Ordinal));

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.StderrLines, l => l.StartsWith($"published-urls.txt:{line}:1: error KB701: ", StringComparison.Ordinal));
        Assert.Contains("Geen artikel heeft nog de tag 'debat'", error);
        Assert.True(error.Contains("lijkt op '/tags/debatteren/'", StringComparison.Ordinal), error);
        Assert.DoesNotContain("aliases:", error);
    }

    [Fact]
    public void A_theme_page_that_disappears_points_at_kennisbank_yml()
    {
        Publish();
        var line = LineOf("/themas/kansengelijkheid/");
        var config = File.ReadAllLines(_site.ConfigFile).ToList();
        var at = config.FindIndex(l => l.Trim() == "kansengelijkheid:");
        config.RemoveRange(at, config.FindIndex(at + 1, l => !l.StartsWith("    ", StringComparison.Ordinal)) - at);
        File.WriteAllLines(_site.ConfigFile, config);

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.StderrLines, l => l.StartsWith($"published-urls.txt:{line}:1: error KB701: ", StringComparison.Ordinal));
        Assert.Contains("'kansengelijkheid' staat niet meer onder themes: in kennisbank.yml", error);
    }

    [Fact]
    public void Every_disappeared_url_is_reported_at_its_own_line()
    {
        _site.Article("uniek.md", matter: [("title", "Een artikel met een eigen tag"), ("tags", "[zeldzaam]")]);
        Publish();
        var lines = new[] { LineOf("/artikelen/uniek/"), LineOf("/tags/zeldzaam/") };
        File.Delete(Path.Combine(_site.ContentDirectory, "uniek.md"));

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 1, run.ToString());
        var reported = run.StdoutLines.Where(l => l.Contains(" KB701: ", StringComparison.Ordinal))
            .Select(l => l.Split(':')[1]).Select(int.Parse).Order().ToArray();
        Assert.Equal(lines.Order(), reported);
    }

    [Theory]
    [InlineData("artikelen/zonder-schuine-streep/")]
    [InlineData("https://kennisbank.example.nl/artikelen/debatclub-onderbouw/")]
    public void A_line_without_leading_slash_is_KB702(string bad)
    {
        Publish();
        File.AppendAllText(ListFile, "\n# een opmerking mag\n" + bad + "\n");
        var line = File.ReadAllLines(ListFile).Length;

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.StdoutLines);
        Assert.StartsWith($"published-urls.txt:{line}:1: error KB702: ", error);
        Assert.Contains($"'{bad}'", error);
        Assert.Equal(1, Build().ExitCode);
    }

    [Fact]
    public void Without_published_urls_txt_there_is_no_guard()
    {
        Assert.Equal(0, Build().ExitCode);
        File.Delete(Path.Combine(_site.ContentDirectory, "leerlingenraad.md"));

        var run = Build();

        Assert.False(File.Exists(ListFile));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("KB70", run.Stderr);
    }

    [Fact]
    public void Comments_blank_lines_and_windows_line_endings_are_fine()
    {
        Publish();
        var text = File.ReadAllText(ListFile);
        File.WriteAllText(ListFile, "\n   \n# eigen opmerking\n" + text.Replace("\n", "\r\n", StringComparison.Ordinal) + "  \r\n");

        var result = _site.Build(dryRun: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Guard_runs_in_the_library_build_too_and_points_at_the_list_file()
    {
        Publish();
        Rename();

        var result = _site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.False(result.Succeeded);
        Assert.Equal("KB701", diagnostic.Code);
        Assert.Equal(ListFile, Path.GetFullPath(diagnostic.Path));
        Assert.Equal(LineOf(OldUrl), diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
    }

    [Fact]
    public void Base_url_with_a_path_does_not_change_which_urls_are_produced()
    {
        Publish();

        var run = Build("--base-url", "https://www.example.nl/kennisbank/");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("KB70", run.Stderr);
    }
}
