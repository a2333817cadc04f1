using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// <c>check</c> validates and renders but writes nothing: no output folder appears, an existing site keeps every
/// byte, and nothing else in the project folder changes either (no staging folders, no published-urls.txt).
/// </summary>
public sealed class CheckWritesNothingTests : IDisposable
{
    private const string Tags = "[debat]";
    private readonly TestSite _site = new();

    public CheckWritesNothingTests()
    {
        _site.Article("a.md", body: "Zie [b](/artikelen/b/#aanpak).\n\n## Aanpak\n\nTekst.\n", matter: ("tags", Tags));
        _site.Article("b.md", matter: [("tags", Tags), ("title", "Het tweede artikel"), ("aliases", "[/oud/b/]")]);
    }

    public void Dispose() => _site.Dispose();

    private SortedDictionary<string, byte[]> Everything() => SiteFiles.Snapshot(_site.Root);

    private IReadOnlyList<string> Folders() =>
        Directory.GetDirectories(_site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    public void Check_of_a_clean_site_creates_no_output_folder_and_changes_no_file(string format)
    {
        var before = Everything();
        var folders = Folders();

        var run = KennisbankCli.Check(_site, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(_site.OutputDirectory), "check created the output folder");
        Assert.Equal(folders, Folders());
        SiteFiles.AssertSame(before, Everything());
    }

    [Fact]
    public void Check_of_a_broken_site_writes_nothing_either()
    {
        _site.Article("c.md", matter: [("tags", Tags), ("theme", "burgerschp")]);
        var before = Everything();
        var folders = Folders();

        var run = KennisbankCli.Check(_site, "--strict");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.False(Directory.Exists(_site.OutputDirectory));
        Assert.Equal(folders, Folders());
        SiteFiles.AssertSame(before, Everything());
    }

    [Fact]
    public void An_existing_site_is_left_exactly_as_it_was_even_when_the_content_changed()
    {
        var build = _site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var oldPage = File.ReadAllText(_site.OutputFile("/artikelen/b/"));
        var times = Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        _site.Article("b.md", body: "Geheel nieuwe tekst.\n\n## Aanpak\n\nZo.\n", matter: [("tags", Tags), ("title", "Het tweede artikel, herschreven")]);
        _site.Article("c.md", matter: ("tags", Tags));
        var before = Everything();
        var folders = Folders();

        var run = KennisbankCli.Check(_site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(folders, Folders());
        SiteFiles.AssertSame(before, Everything());
        Assert.Equal(oldPage, File.ReadAllText(_site.OutputFile("/artikelen/b/")));
        Assert.False(File.Exists(_site.OutputFile("/artikelen/c/")), "check wrote the new article's page");
        foreach (var (file, time) in times.Where(t => t.Key.StartsWith(_site.OutputDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            Assert.True(File.GetLastWriteTimeUtc(file) == time, $"check touched {file}");
    }
}
