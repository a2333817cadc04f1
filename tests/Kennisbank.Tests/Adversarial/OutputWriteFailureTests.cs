using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, class 10 (output side): when the disk says no — a read-only folder, a full disk, a file that cannot be
/// replaced — the build reports KB602 with the reason, exits with an error instead of an exception, and the
/// previous site is exactly as it was.
/// </summary>
public sealed class OutputWriteFailureTests : IDisposable
{
    private readonly TestSite _site = new();

    public OutputWriteFailureTests() => _site.Article("debatclub.md", "De eerste versie.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_read_only_output_parent_gives_KB602()
    {
        var parent = Path.Combine(_site.Root, "publicatie");
        Directory.CreateDirectory(parent);

        using (SystemTools.Immutable(parent))
        {
            var diagnostic = DiagnosticAssert.Sole(_site.Build(output: Path.Combine(parent, "site")), "KB602");
            DiagnosticAssert.Mentions(diagnostic, "kon niet schrijven");
        }

        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public void A_full_disk_gives_KB602_and_the_previous_site_stays()
    {
        var disk = Path.Combine(_site.Root, "schijf");
        using var mount = SystemTools.SmallDisk(disk, 4096);
        var output = Path.Combine(disk, "site");
        Assert.True(_site.Build(output: output).Succeeded);
        var before = SiteFiles.Snapshot(output);
        // An attachment just larger than the space left: the staging copy of the site cannot be completed.
        var pdf = new byte[new DriveInfo(disk).AvailableFreeSpace + 64 * 1024];
        new Random(11).NextBytes(pdf);
        File.WriteAllBytes(Path.Combine(_site.ContentDirectory, "jaarplan.pdf"), pdf);
        _site.Article("debatclub.md", "De tweede versie, met [het jaarplan](jaarplan.pdf).\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(output: output), "KB602");

        DiagnosticAssert.Mentions(diagnostic, "de vorige site is niet aangeraakt");
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(output));
    }

    [Fact]
    public void A_file_that_cannot_be_replaced_gives_KB602_and_the_previous_site_stays()
    {
        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build().Succeeded);
        var before = SiteFiles.Snapshot(_site.OutputDirectory);
        _site.Article("debatclub.md", "De tweede versie.\n");
        var stuck = Path.Combine(_site.Root, ".site.spare", "artikelen", "debatclub", "index.html");

        using (SystemTools.Immutable(stuck))
            DiagnosticAssert.Sole(_site.Build(), "KB602");

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.OutputDirectory));
        Assert.True(_site.Build().Succeeded);
    }
}
