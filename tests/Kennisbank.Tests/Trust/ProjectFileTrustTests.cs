using System.Diagnostics;
using Kennisbank.Build;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11, class 1: a pull request can add symbolic links, and the build machine holds secrets. Content, templates
/// and assets are read only as regular files inside their folder: a link out of it, a device, a FIFO or a loop is a
/// located error in <c>check</c> and in <c>build</c> alike, and nothing of the target ever reaches the site.
/// </summary>
public sealed class ProjectFileTrustTests : IDisposable
{
    private const string Secret = "GEHEIM-TOKEN-ghp_0123456789";
    private readonly TestSite _site = new();
    private readonly TempDirectory _outside = new("kb-outside");

    public ProjectFileTrustTests() => File.WriteAllText(_outside.Combine("environ"), Secret);

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void An_attachment_linked_to_a_file_outside_content_is_KB004_in_check_and_build_and_never_copied()
    {
        var article = _site.Article("plan.md", "Zie [het plan](bijlage.pdf).\n\n## Aanpak\n\nTekst.\n");
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "bijlage.pdf"), _outside.Combine("environ"));

        var check = _site.Build(dryRun: true);
        var build = _site.Build();

        var diagnostic = DiagnosticAssert.Sole(build, "KB004");
        DiagnosticAssert.At(diagnostic, article, 8, 5);
        Assert.Equal(check.Diagnostics, build.Diagnostics);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void A_symlinked_article_outside_content_is_KB004_and_not_published()
    {
        _site.Article("echt.md");
        File.WriteAllText(_outside.Combine("vreemd.md"), "---\ntitle: Een vreemd artikel van buiten\nsummary: x\ntheme: passend-onderwijs\ntype: praktijkvoorbeeld\ndate: 2025-01-01\n---\n" + Secret + "\n");
        var link = Path.Combine(_site.ContentDirectory, "vreemd.md");
        File.CreateSymbolicLink(link, _outside.Combine("vreemd.md"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB004");

        DiagnosticAssert.At(diagnostic, link, 1, 1);
    }

    [Fact]
    public void A_symlink_to_dev_zero_is_refused_unread_as_article_and_as_attachment()
    {
        var article = _site.Article("nul.md", "![Een plaatje](nul.png)\n\n## Aanpak\n\nTekst.\n");
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "nul.png"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "zero.md"), "/dev/zero");

        var result = _site.Build();

        // Both leave content/ (KB004): /dev/zero is never opened, let alone read to the end.
        var errors = DiagnosticAssert.Only(result, "KB004");
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, d => DiagnosticAssert.SamePath(d.Path, article) && d.Line == 8);
    }

    [Fact]
    public void A_fifo_inside_content_is_KB005_and_the_build_does_not_block()
    {
        _site.Article("echt.md");
        var fifo = Path.Combine(_site.ContentDirectory, "pijp.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB005");

        DiagnosticAssert.At(diagnostic, fifo, 1, 1);
    }

    [Fact]
    public void Two_symlink_loops_end_with_one_located_KB006_each()
    {
        _site.Article("echt.md");
        var sub = Path.Combine(_site.ContentDirectory, "thema");
        Directory.CreateDirectory(sub);
        Directory.CreateSymbolicLink(Path.Combine(sub, "terug"), _site.ContentDirectory);
        Directory.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "zelf"), sub);
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "a.md"), Path.Combine(_site.ContentDirectory, "b.md"));
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "b.md"), Path.Combine(_site.ContentDirectory, "a.md"));

        var errors = DiagnosticAssert.Only(_site.Build(), "KB006");

        Assert.Equal(3, errors.Count); // thema/terug (a folder above), a.md and b.md (a loop); zelf is an ordinary link inside
        Assert.All(errors, d => Assert.True(d.Line == 1 && d.Column == 1, d.ToString()));
    }

    [Fact]
    public void A_template_asset_linked_outside_templates_is_KB004_in_check_and_never_copied()
    {
        var templates = new TempDirectory("kb-templates");
        CliProcess.CopyFolder(RepoPaths.Templates, templates.Path);
        File.CreateSymbolicLink(Path.Combine(templates.Path, "assets", "geheim.css"), _outside.Combine("environ"));
        _site.TemplatesDirectory = templates.Path;
        _site.Article("echt.md");

        var check = _site.Build(dryRun: true);
        var build = _site.Build();

        var diagnostic = DiagnosticAssert.Sole(build, "KB004");
        Assert.EndsWith("assets/geheim.css", diagnostic.Path, StringComparison.Ordinal);
        Assert.Equal(check.Diagnostics, build.Diagnostics);
        Assert.False(Directory.Exists(_site.OutputDirectory));
        templates.Dispose();
    }

    [Fact]
    public void A_symlink_inside_content_to_a_file_inside_content_still_works()
    {
        _site.Article("plan.md", "Zie [het plan](bijlage.pdf).\n\n## Aanpak\n\nTekst.\n");
        Directory.CreateDirectory(Path.Combine(_site.ContentDirectory, "bestanden"));
        File.WriteAllText(Path.Combine(_site.ContentDirectory, "bestanden", "plan.pdf"), "%PDF-1.4 plan");
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "bijlage.pdf"), Path.Combine(_site.ContentDirectory, "bestanden", "plan.pdf"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("%PDF-1.4 plan", File.ReadAllText(_site.OutputFile("/artikelen/plan/bijlage.pdf")));
    }

    [Fact]
    public void An_article_over_the_size_limit_is_KB007()
    {
        var file = _site.Article("groot.md", new string('a', 3 * 1024 * 1024));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB007");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, "2 MB");
    }
}
