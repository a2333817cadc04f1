using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// <c>check content/a.md</c>: only a.md's problems are reported, but the whole site is still loaded, so a link from
/// a.md to another article resolves even when that article is not checked (or is itself broken). Problems outside
/// the content folder — templates, configuration — are always reported.
/// </summary>
public sealed class CheckFileSelectionTests : IDisposable
{
    private const string Tags = "[debat]";
    private readonly TestSite _site = new();

    public CheckFileSelectionTests()
    {
        // b.md is broken (a dead link in its body) and has no tags, but it is still an article with a URL.
        _site.Article("b.md", body: "Tekst.\n\n## Aanpak\n\nZie [weg](/artikelen/ook-weg/).\n", matter: ("title", "Het tweede artikel"));
    }

    public void Dispose() => _site.Dispose();

    private static bool IsFor(string line, string file) => line.StartsWith(file + ":", StringComparison.Ordinal);

    [Fact]
    public void Only_the_named_file_is_reported_and_its_link_to_another_article_resolves()
    {
        _site.Article("a.md", body: "Zie [het tweede artikel](/artikelen/b/#aanpak) en [dat bestand](b.md).\n", matter: ("tags", Tags));

        var run = KennisbankCli.Check(_site, "content/a.md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void The_other_file_really_is_broken_and_is_reported_when_named_or_when_nothing_is_named()
    {
        _site.Article("a.md", body: "Zie [het tweede artikel](/artikelen/b/#aanpak).\n", matter: ("tags", Tags));

        var onlyB = KennisbankCli.Check(_site, "content/b.md");
        var all = KennisbankCli.Check(_site);

        Assert.True(onlyB.ExitCode == 1, onlyB.ToString());
        Assert.All(onlyB.StdoutLines, l => Assert.True(IsFor(l, "content/b.md"), l));
        Assert.Contains(onlyB.StdoutLines, l => l.Contains("error KB301", StringComparison.Ordinal) && l.Contains("/artikelen/ook-weg/", StringComparison.Ordinal));
        Assert.Contains(onlyB.StdoutLines, l => l.Contains("warning KB901", StringComparison.Ordinal));
        Assert.Equal(onlyB.Stdout, all.Stdout);
        Assert.Equal(1, all.ExitCode);
    }

    [Fact]
    public void The_named_files_problems_are_all_reported_and_nothing_else()
    {
        _site.Article("a.md", body: "Zie [b](/artikelen/b/#aanpak) en [weg](/artikelen/bestaat-niet/).\n");
        _site.Article("c.md", matter: [("tags", Tags), ("theme", "burgerschp")]);

        var run = KennisbankCli.Check(_site, "content/a.md");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.All(run.StdoutLines, l => Assert.True(IsFor(l, "content/a.md"), $"not a.md's problem: {l}"));
        Assert.Equal(2, run.StdoutLines.Count);
        Assert.Contains(run.StdoutLines, l => l.Contains("error KB301", StringComparison.Ordinal) && l.Contains("/artikelen/bestaat-niet/", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains("warning KB901", StringComparison.Ordinal));
        Assert.DoesNotContain("/artikelen/b/", run.Stdout);
    }

    [Fact]
    public void Strict_counts_only_the_named_files_warnings()
    {
        _site.Article("a.md", body: "Zie [b](/artikelen/b/).\n", matter: ("tags", Tags));
        _site.Article("c.md", matter: ("title", "Een artikel zonder tags"));

        var onlyA = KennisbankCli.Check(_site, "--strict", "content/a.md");
        var onlyC = KennisbankCli.Check(_site, "--strict", "content/c.md");

        Assert.True(onlyA.ExitCode == 0, onlyA.ToString());
        Assert.Empty(onlyA.Stdout);
        Assert.True(onlyC.ExitCode == 1, onlyC.ToString());
        Assert.Contains(": warning KB901: ", Assert.Single(onlyC.StdoutLines));
    }

    [Fact]
    public void Several_files_can_be_named_and_the_counts_cover_only_them()
    {
        _site.Article("a.md", matter: [("tags", Tags), ("date", "2025-02-30")]);
        _site.Article("c.md", matter: [("tags", Tags), ("theme", "burgerschp")]);
        _site.Article("d.md", matter: [("tags", Tags), ("type", "praktijkvoorbeelt")]);

        var run = KennisbankCli.Check(_site, "--format", "json", "content/a.md", "content/c.md");

        Assert.True(run.ExitCode == 1, run.ToString());
        var diagnostics = JsonDiagnostic.ReadAll(run.Stdout);
        Assert.Equal(["content/a.md KB108", "content/c.md KB109"], diagnostics.Select(d => $"{d.Path} {d.Code}"));
        using var document = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void A_file_named_by_its_absolute_path_or_from_a_sub_folder_is_the_same_file()
    {
        _site.Article("a.md", body: "Zie [weg](/artikelen/bestaat-niet/).\n", matter: ("tags", Tags));

        var relative = KennisbankCli.Check(_site, "content/a.md");
        var absolute = KennisbankCli.Check(_site, Path.Combine(_site.ContentDirectory, "a.md"));
        var fromContent = CliProcess.Run(_site.ContentDirectory, "check", "--templates", _site.TemplatesDirectory, "a.md");

        Assert.True(relative.ExitCode == 1, relative.ToString());
        var line = Assert.Single(relative.StdoutLines);
        Assert.StartsWith("content/a.md:", line);
        Assert.Equal(relative.Stdout, absolute.Stdout);
        Assert.Equal(1, absolute.ExitCode);
        Assert.True(fromContent.ExitCode == 1, fromContent.ToString());
        // From content/ the path is shown relative to that folder ("a.md" or "./a.md"); the rest of the line is the same.
        var fromContentLine = Assert.Single(fromContent.StdoutLines);
        var path = fromContentLine[..fromContentLine.IndexOf(':', StringComparison.Ordinal)];
        Assert.Equal(Path.Combine(_site.ContentDirectory, "a.md"), Path.GetFullPath(Path.Combine(_site.ContentDirectory, path)));
        Assert.Equal(line["content/a.md".Length..], fromContentLine[path.Length..]);
    }

    [Fact]
    public void A_template_error_is_reported_whichever_files_are_named()
    {
        var templates = SiteFiles.CopyTemplates(_site);
        SiteFiles.InsertLine(templates, "list.html", 1, "{{ if }}");
        _site.Article("a.md", body: "Zie [b](/artikelen/b/).\n", matter: ("tags", Tags));

        var run = KennisbankCli.Check(_site, "content/a.md");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.StartsWith("templates/list.html:1:", StringComparison.Ordinal)
                                             && l.Contains(": error KB401: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StdoutLines, l => IsFor(l, "content/b.md"));
    }

    [Fact]
    public void A_configuration_error_is_reported_whichever_files_are_named()
    {
        _site.Article("a.md", matter: ("tags", Tags));
        File.WriteAllText(_site.ConfigFile, File.ReadAllText(_site.ConfigFile) + "\nonbekende_instelling: 1\n");

        var all = KennisbankCli.Check(_site);
        var onlyA = KennisbankCli.Check(_site, "content/a.md");

        Assert.True(all.ExitCode == 1, all.ToString());
        Assert.Contains(all.StdoutLines, l => IsFor(l, "kennisbank.yml"));
        Assert.True(onlyA.ExitCode == 1, onlyA.ToString());
        Assert.Equal(all.StdoutLines.Where(l => IsFor(l, "kennisbank.yml")), onlyA.StdoutLines.Where(l => IsFor(l, "kennisbank.yml")));
    }
}
