using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, class 2: the output folder is the tool's own. A folder of someone else's — a web root, a user's
/// documents, a home folder, a folder reached through a symbolic link — is refused with a KB6xx error before anything
/// is moved, emptied or deleted, on the first build and on every build after.
/// </summary>
public sealed class OutputOwnershipTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly TempDirectory _elsewhere = new("kb-elders");

    public OutputOwnershipTests() => _site.Article("debatclub.md");

    public void Dispose()
    {
        _site.Dispose();
        _elsewhere.Dispose();
    }

    [Fact]
    public void An_existing_folder_with_files_but_without_the_marker_is_refused_on_every_build()
    {
        var documents = Path.Combine(_site.Root, "documenten");
        Directory.CreateDirectory(Path.Combine(documents, ".ssh"));
        File.WriteAllText(Path.Combine(documents, "cijferlijst.xlsx"), "van een docent");
        File.WriteAllText(Path.Combine(documents, ".ssh", "id_ed25519"), "sleutel");
        var before = SiteFiles.Snapshot(documents);

        for (var build = 0; build < 2; build++)
        {
            var diagnostic = DiagnosticAssert.Sole(_site.Build(output: documents), "KB603");
            DiagnosticAssert.Mentions(diagnostic, documents, ".kennisbank-output");
        }

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(documents));
        Assert.Empty(Directory.GetFileSystemEntries(_site.Root, ".documenten.*"));
    }

    [Fact]
    public void A_site_folder_that_is_a_symbolic_link_to_a_web_root_is_refused_and_the_web_root_keeps_its_files()
    {
        var webRoot = _elsewhere.Combine("www");
        Directory.CreateDirectory(webRoot);
        File.WriteAllText(Path.Combine(webRoot, "index.html"), "de schoolsite");
        File.CreateSymbolicLink(_site.OutputDirectory, webRoot);
        var before = SiteFiles.Snapshot(webRoot);

        for (var build = 0; build < 2; build++)
            DiagnosticAssert.Sole(_site.Build(), "KB604");

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(webRoot));
        Assert.Equal(webRoot, new FileInfo(_site.OutputDirectory).LinkTarget);
    }

    [Fact]
    public void A_site_folder_that_is_a_symbolic_link_to_content_is_refused_and_no_article_is_lost()
    {
        File.CreateSymbolicLink(_site.OutputDirectory, _site.ContentDirectory);
        var before = SiteFiles.Snapshot(_site.ContentDirectory);

        Assert.False(_site.Build().Succeeded);
        Assert.False(_site.Build().Succeeded);

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.ContentDirectory));
    }

    [Fact]
    public void A_lock_file_that_is_a_symbolic_link_is_refused_and_its_target_is_not_opened()
    {
        var target = _elsewhere.Combine("wachtwoorden");
        File.WriteAllText(target, "geheim");
        File.SetLastWriteTimeUtc(target, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.CreateSymbolicLink(Path.Combine(_site.Root, ".site.lock"), target);

        DiagnosticAssert.Sole(_site.Build(), "KB604");

        Assert.Equal("geheim", File.ReadAllText(target));
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void An_output_below_a_symbolic_link_that_leaves_the_project_is_refused()
    {
        var target = _elsewhere.Combine("publiek");
        Directory.CreateDirectory(target);
        File.CreateSymbolicLink(Path.Combine(_site.Root, "publicatie"), target);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(output: Path.Combine(_site.Root, "publicatie", "site")), "KB604");

        DiagnosticAssert.Mentions(diagnostic, target);
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public void An_output_path_through_a_loop_of_symbolic_links_is_refused_instead_of_hanging()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Root, "heen"), Path.Combine(_site.Root, "terug"));
        File.CreateSymbolicLink(Path.Combine(_site.Root, "terug"), Path.Combine(_site.Root, "heen"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(output: Path.Combine(_site.Root, "heen", "site")), "KB604");

        DiagnosticAssert.Mentions(diagnostic, "kringloop");
    }

    [Fact]
    public void A_spare_folder_without_the_marker_is_never_emptied()
    {
        Assert.True(_site.Build().Succeeded);
        var spare = Path.Combine(_site.Root, ".site.spare");
        Directory.CreateDirectory(spare);
        File.WriteAllText(Path.Combine(spare, "notities.txt"), "niet van kennisbank");
        var before = SiteFiles.Snapshot(spare);

        DiagnosticAssert.Sole(_site.Build(), "KB603");

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(spare));
    }

    [Fact]
    public void The_home_folder_and_a_folder_above_the_project_are_refused()
    {
        var home = _elsewhere.Combine("home");
        Directory.CreateDirectory(Path.Combine(home, ".ssh"));
        File.WriteAllText(Path.Combine(home, ".ssh", "id_ed25519"), "sleutel");
        File.WriteAllText(Path.Combine(home, "brief.odt"), "van een docent");
        SiteFiles.CopyTemplates(_site);
        var before = SiteFiles.Snapshot(home);

        var intoHome = RunWithHome(home, home);
        var aboveProject = RunWithHome(home, Path.GetDirectoryName(_site.Root)!);

        Assert.True(intoHome.ExitCode == 1, intoHome.ToString());
        Assert.Contains("error KB601", intoHome.Stderr, StringComparison.Ordinal);
        Assert.Contains("thuismap", intoHome.Stderr, StringComparison.Ordinal);
        Assert.True(aboveProject.ExitCode == 1, aboveProject.ToString());
        Assert.Contains("error KB601", aboveProject.Stderr, StringComparison.Ordinal);
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(home));
        Assert.Empty(Directory.GetFileSystemEntries(_elsewhere.Path, ".home.*"));
    }

    [Fact]
    public void A_folder_the_tool_made_is_reused_and_marked()
    {
        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(_site.OutputDirectory, ".kennisbank-output")));
        Assert.True(File.Exists(Path.Combine(_site.Root, ".site.spare", ".kennisbank-output")));
    }

    /// <summary>Runs <c>kennisbank build --output</c> in the project with HOME set, as a user whose home that is.</summary>
    private CliRun RunWithHome(string home, string output)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(CliProcess.CliDll);
        foreach (var argument in new[] { "build", "--output", output })
            start.ArgumentList.Add(argument);
        start.Environment["HOME"] = home;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "kennisbank build did not finish in 120 s");
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }
}
