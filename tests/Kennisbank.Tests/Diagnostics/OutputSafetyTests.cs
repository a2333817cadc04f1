using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// "Nothing is lost": a failed build never touches the previous site or leaves staging folders behind, and the
/// output folder can never be a folder with sources in it (KB601), because a build replaces it as a whole.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TestSite _site = new();

    public OutputSafetyTests() => _site.Article("debatclub.md");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Failed_build_leaves_the_previous_site_byte_for_byte_untouched()
    {
        BuildSuccessfully();
        var before = SiteFiles.Snapshot(_site.OutputDirectory);
        _site.Article("debatclub.md", matter: ("date", "2025-02-30"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.OutputDirectory));
    }

    [Fact]
    public void Failed_build_leaves_no_staging_folder_behind()
    {
        BuildSuccessfully();
        _site.Write("kapot.md", "Geen front matter.\n");

        Assert.False(_site.Build().Succeeded);

        Assert.Empty(SiteFiles.Leftovers(_site.OutputDirectory));
    }

    [Fact]
    public void Build_failing_while_rendering_leaves_the_previous_site_and_no_staging_folder()
    {
        BuildSuccessfully();
        var before = SiteFiles.Snapshot(_site.OutputDirectory);
        var templates = SiteFiles.CopyTemplates(_site);
        SiteFiles.InsertLine(templates, "article.html", 1, "{{ page.nonexistent.x }}");

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "KB401");
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.OutputDirectory));
        Assert.Empty(SiteFiles.Leftovers(_site.OutputDirectory));
    }

    [Fact]
    public void Successful_build_after_a_failure_replaces_the_site()
    {
        BuildSuccessfully();
        var stale = Path.Combine(_site.OutputDirectory, "oud-bestand.txt");
        File.WriteAllText(stale, "van een eerdere build");
        _site.Write("kapot.md", "Geen front matter.\n");
        Assert.False(_site.Build().Succeeded);
        File.Delete(Path.Combine(_site.ContentDirectory, "kapot.md"));
        _site.Article("leerlingenraad.md", matter: ("title", "De leerlingenraad als gesprekspartner"));

        BuildSuccessfully();

        Assert.False(File.Exists(stale));
        Assert.Equal("De leerlingenraad als gesprekspartner",
            _site.Page("/artikelen/leerlingenraad/").QuerySelector("h1")?.TextContent);
        Assert.Empty(SiteFiles.Leftovers(_site.OutputDirectory));
    }

    [Fact]
    public void Output_equal_to_the_content_folder_is_refused_and_nothing_is_deleted()
    {
        var before = SiteFiles.Snapshot(_site.ContentDirectory);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(output: _site.ContentDirectory), "KB601");

        DiagnosticAssert.Mentions(diagnostic, _site.ContentDirectory);
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.ContentDirectory));
    }

    [Fact]
    public void Output_equal_to_the_templates_folder_is_refused_and_nothing_is_deleted()
    {
        var templates = SiteFiles.CopyTemplates(_site);
        var before = SiteFiles.Snapshot(templates);

        DiagnosticAssert.Sole(_site.Build(output: templates), "KB601");

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(templates));
    }

    [Fact]
    public void Output_equal_to_the_project_root_is_refused_and_nothing_is_deleted()
    {
        var before = SiteFiles.Snapshot(_site.Root);

        DiagnosticAssert.Sole(_site.Build(output: _site.Root), "KB601");

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.Root));
    }

    [Fact]
    public void Output_inside_the_content_folder_is_refused()
    {
        var output = Path.Combine(_site.ContentDirectory, "site");

        DiagnosticAssert.Sole(_site.Build(output: output), "KB601");

        Assert.False(Directory.Exists(output));
    }

    private void BuildSuccessfully()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
