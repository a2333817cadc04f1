using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Authoring;

/// <summary>
/// <c>kennisbank new</c> as an editor runs it: the real CLI as a process, with its standard input redirected (so
/// it must never wait for answers), in a copy of a site, then <c>kennisbank check</c> on what it wrote.
/// </summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private CliRun New(params string[] arguments) => CliProcess.Run(_site.Root, ["new", .. arguments]);

    [Fact]
    public void Writes_the_article_that_check_passes_with_only_the_write_your_summary_warning()
    {
        var run = New("--theme", "passend-onderwijs", "--type", "praktijkvoorbeeld", "Ideeën voor de overstap naar het vso");

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Path.Combine(_site.ContentDirectory, "passend-onderwijs", "ideeen-voor-de-overstap-naar-het-vso.md");
        Assert.True(File.Exists(file), run.ToString());
        Assert.Contains("content/passend-onderwijs/ideeen-voor-de-overstap-naar-het-vso.md", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"\ndate: {DateTime.Now:yyyy-MM-dd}\n", File.ReadAllText(file), StringComparison.Ordinal);

        var check = CliProcess.Run(_site.Root, "check", "--templates", RepoPaths.Templates);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("0 fouten, 1 waarschuwing", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning KB904", check.Stdout, StringComparison.Ordinal);
        // --strict keeps an unedited placeholder summary out of a merged pull request.
        Assert.Equal(1, CliProcess.Run(_site.Root, "check", "--strict", "--templates", RepoPaths.Templates).ExitCode);
    }

    [Fact]
    public void A_title_in_several_words_and_tags_and_explicit_folders_are_accepted()
    {
        using var elsewhere = new TempDirectory();
        var run = CliProcess.Run(elsewhere.Path, "new", "--content", _site.ContentDirectory, "--config", _site.ConfigFile,
            "--theme", "huisvesting", "--type", "handreiking", "--tags", "ventilatie, binnenklimaat", "Frisse", "lucht", "in", "de", "klas");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(Path.Combine(_site.ContentDirectory, "huisvesting", "frisse-lucht-in-de-klas.md"));
        Assert.Contains("\ntags: [ventilatie, binnenklimaat]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_arguments_with_redirected_input_print_usage_and_exit_2()
    {
        var run = New("--theme", "burgerschap");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("gebruik: kennisbank new --theme THEMA --type SOORT", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("soorten: praktijkvoorbeeld, handreiking, achtergrond", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_site.ContentDirectory));
    }

    [Fact]
    public void An_unknown_theme_exits_1_with_a_suggestion()
    {
        var run = New("--theme", "burgerchap", "--type", "handreiking", "Een debatclub in de onderbouw");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("onbekend thema 'burgerchap'. Bedoelde je 'burgerschap'?", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_site.ContentDirectory));
    }

    [Fact]
    public void An_existing_slug_exits_1_and_leaves_the_content_alone()
    {
        _site.Article("kansengelijkheid/ideeen.md");

        var run = New("--theme", "burgerschap", "--type", "achtergrond", "Ideeën");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kennisbank new: het adres /artikelen/ideeen/ (slug 'ideeen') is al van content/kansengelijkheid/ideeen.md", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.ContentDirectory, "burgerschap")));
    }

    [Fact]
    public void A_broken_configuration_exits_1_with_its_diagnostics()
    {
        File.WriteAllText(_site.ConfigFile, "title: x\n");

        var run = New("--theme", "burgerschap", "--type", "achtergrond", "Een goede titel");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("KB50", run.Stderr, StringComparison.Ordinal);
    }
}
