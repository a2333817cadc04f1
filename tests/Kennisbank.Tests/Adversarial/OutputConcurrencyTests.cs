using System.Diagnostics;
using Kennisbank.Build;
using Kennisbank.Output;
using Kennisbank.Serve;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, classes 6 and 12: one build at a time per output folder (a second one, or a <c>serve</c> rebuild, stops
/// with KB605 and exit 1 while another holds the lock), and a build killed in the middle of the swap still leaves a
/// complete <c>site/</c>.
/// </summary>
public sealed class OutputConcurrencyTests : IDisposable
{
    private readonly TestSite _site = new();

    public OutputConcurrencyTests()
    {
        _site.Article("debatclub.md", "De eerste versie.\n");
        SiteFiles.CopyTemplates(_site);
    }

    public void Dispose() => _site.Dispose();

    private string LockFile => Path.Combine(_site.Root, ".site.lock");

    [Fact]
    public void A_second_build_into_the_same_output_stops_with_a_dutch_message_and_exit_1_and_leaves_the_site_alone()
    {
        Assert.True(_site.Build().Succeeded);
        var before = SiteFiles.Snapshot(_site.OutputDirectory);
        _site.Article("debatclub.md", "De tweede versie.\n");

        CliRun run;
        bool checkRan;
        using (SystemTools.HoldLock(LockFile))
        {
            run = CliProcess.Run(_site.Root, "build");
            checkRan = _site.Build(dryRun: true).Succeeded; // check writes nothing, so it needs no lock
        }

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(checkRan);
        Assert.Contains("error KB605: er loopt al een andere build", run.Stderr, StringComparison.Ordinal);
        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.OutputDirectory));
        Assert.True(_site.Build().Succeeded, "the lock is free again once the other build is gone");
    }

    [Fact]
    public void A_serve_rebuild_takes_the_same_lock()
    {
        var session = new SiteSession(new BuildOptions
        {
            ContentDirectory = _site.ContentDirectory,
            TemplatesDirectory = _site.TemplatesDirectory,
            ConfigFile = _site.ConfigFile,
            OutputDirectory = _site.OutputDirectory,
        });
        Assert.True(_site.Build().Succeeded);

        RebuildResult result;
        using (SystemTools.HoldLock(LockFile))
            result = session.Rebuild();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "KB605");
        Assert.True(session.Rebuild().Succeeded);
    }

    [Fact]
    public void A_build_killed_in_the_middle_of_the_swap_leaves_a_complete_site()
    {
        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build().Succeeded);
        var files = SiteFiles.Snapshot(_site.OutputDirectory).Keys.ToList();
        _site.Article("debatclub.md", "De tweede versie.\n");
        var signal = Path.Combine(_site.Root, "in-de-wissel");

        using (var build = StartPausedBuild(signal))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!File.Exists(signal) && !build.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            if (!File.Exists(signal))
                Assert.Fail("the build never reached the swap: " + build.StandardError.ReadToEnd());
            build.Kill();
            build.WaitForExit();
        }

        Assert.Equal(files, SiteFiles.Snapshot(_site.OutputDirectory).Keys.ToList());
        var body = _site.Page("/artikelen/debatclub/").QuerySelector(".article-body")!.TextContent;
        Assert.True(body.Contains("De eerste versie.") || body.Contains("De tweede versie."), body);
        var next = _site.Build();
        Assert.True(next.Succeeded, string.Join("\n", next.Diagnostics));
        Assert.Contains("De tweede versie.", _site.Page("/artikelen/debatclub/").QuerySelector(".article-body")!.TextContent);
        Assert.Empty(SiteFiles.Leftovers(_site.OutputDirectory));
    }

    private Process StartPausedBuild(string signal)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _site.Root, RedirectStandardError = true, RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(CliProcess.CliDll);
        start.ArgumentList.Add("build");
        start.Environment[StagingFolder.PauseInSwapVariable] = signal;
        return Process.Start(start)!;
    }
}
