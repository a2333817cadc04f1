using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Build;

/// <summary>The double-buffered output: unchanged files are left alone, stale files go, an interrupted swap is repaired.</summary>
public sealed class OutputSwapTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestSite _site = new();

    public OutputSwapTests()
    {
        _site.Article("a.md", "Tekst.\n", ("title", "Het eerste artikel"), ("tags", "[debat]"));
        _site.Article("b.md", "Tekst.\n", ("title", "Het tweede artikel"), ("tags", "[debat]"));
    }

    public void Dispose() => _site.Dispose();

    private string Spare => Path.Combine(Path.GetDirectoryName(_site.OutputDirectory)!, ".site.spare");

    private void BuildOk() => Assert.True(_site.Build().Succeeded);

    [Fact]
    public void A_rebuild_leaves_files_with_unchanged_bytes_alone_and_rewrites_changed_ones()
    {
        BuildOk();
        BuildOk();
        // The spare generation now holds the first build; mark its files as old.
        foreach (var file in Directory.EnumerateFiles(Spare, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
        _site.Article("b.md", "Nieuwe tekst.\n", ("title", "Het tweede artikel"), ("tags", "[debat]"));

        BuildOk();

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_site.OutputFile("/artikelen/a/")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(_site.OutputFile("/artikelen/b/")));
        Assert.Contains("Nieuwe tekst.", _site.Page("/artikelen/b/").QuerySelector(".article-body")!.TextContent);
    }

    [Fact]
    public void Pages_that_are_no_longer_produced_disappear_from_the_site()
    {
        BuildOk();
        BuildOk();
        File.Delete(Path.Combine(_site.ContentDirectory, "b.md"));

        BuildOk();

        Assert.False(File.Exists(_site.OutputFile("/artikelen/b/")));
        Assert.False(Directory.Exists(Path.Combine(_site.OutputDirectory, "artikelen", "b")));
        Assert.True(File.Exists(_site.OutputFile("/artikelen/a/")));
    }

    [Fact]
    public void A_swap_interrupted_after_moving_the_live_site_away_is_repaired_by_the_next_build()
    {
        BuildOk();
        var swapping = Path.Combine(Path.GetDirectoryName(_site.OutputDirectory)!, ".site.swapping");
        Directory.Move(_site.OutputDirectory, swapping); // as if killed between the two renames
        _site.Write("kapot.md", "Geen front matter.\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "KB606"); // and it says so
        Assert.True(File.Exists(_site.OutputFile("/artikelen/a/")));
        Assert.False(Directory.Exists(swapping));
    }
}
