using System.Diagnostics;
using System.Globalization;
using Kennisbank.Benchmarks;

// Usage: dotnet run -c Release --project bench/Kennisbank.Benchmarks -- [N ...] [--quick] [--corpus-only | --index-only]
// (default N: 1000 10000 100000)
// For each N: generates the corpus (bench/out/corpus-N), then runs the real CLI (published Release, as `dotnet tool` installs it) as a
// separate process, three times each (once with --quick):
//   cold: no previous output, so every file and folder is created;
//   warm: a full rebuild (every page rendered again) over the output of the previous builds, as an editor's
//         second build or a CI cache would have it; unchanged files are then compared instead of rewritten.
// It reports the median wall time, the CPU time (user + system) of that run and the peak resident memory of the build
// process (all from /usr/bin/time when it is installed; otherwise wall time and VmHWM only): on a shared machine the
// CPU time is what compares versions, the wall time depends on what else runs.
// Cold runs each write to a new folder (the last one is kept as site-N), and nothing is deleted while the benchmark
// measures: earlier outputs are moved aside at the start and deleted at the end (see OutputFolders). Before each cold
// run the page cache is emptied where the benchmark may (root), so no run pays for reclaiming the previous runs' output.
var repoRoot = FindRepoRoot();
var corpusOnly = args.Contains("--corpus-only");
var indexOnly = args.Contains("--index-only");
var quick = args.Contains("--quick");
var runsPerMode = quick ? 1 : 3;
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToArray();
int[] sizes = numbers.Length > 0 ? numbers : [1000, 10000, 100000];
var cli = BuildCli(repoRoot);
// Its own copy of the configuration: the repository's published-urls.txt lists the starter site, not a synthetic corpus.
var config = Path.Combine(repoRoot, "bench", "out", "kennisbank.yml");
File.Copy(Path.Combine(repoRoot, "kennisbank.yml"), config, overwrite: true);
// The footer links name the site's own pages (pages/*.md beside kennisbank.yml), so they come along.
var benchPages = Path.Combine(repoRoot, "bench", "out", "pages");
Directory.CreateDirectory(benchPages);
foreach (var page in Directory.GetFiles(Path.Combine(repoRoot, "pages"), "*.md"))
    File.Copy(page, Path.Combine(benchPages, Path.GetFileName(page)), overwrite: true);

foreach (var n in sizes)
{
    // --index-only reuses a corpus written before.
    if (!indexOnly || !Directory.Exists(Path.Combine(repoRoot, "bench", "out", $"corpus-{n}")))
        CorpusGenerator.Generate(repoRoot, Path.Combine(repoRoot, "bench", "out", $"corpus-{n}"), n);
}
if (corpusOnly)
    return;
if (indexOnly)
{
    foreach (var n in sizes)
    {
        var (build, write) = IndexBenchmark.Run(repoRoot, Path.Combine(repoRoot, "bench", "out", $"corpus-{n}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N = {n,6} index alone (medians of 3): lunr index build {build:0.00} s, shards and vocabulary written {write:0.00} s"));
    }

    return;
}
var benchOut = Path.Combine(repoRoot, "bench", "out");
if (OutputFolders.MoveAside(benchOut) > 0)
    Console.WriteLine("Earlier outputs moved to bench/out/earlier; deleted once everything is measured.");
Console.WriteLine("starter site relevance: " + RelevanceBenchmark.Run(repoRoot, cli, Path.Combine(repoRoot, "bench", "out", "relevance")));

foreach (var n in sizes)
{
    var corpus = Path.Combine(repoRoot, "bench", "out", $"corpus-{n}");
    var output = Path.Combine(repoRoot, "bench", "out", $"site-{n}");
    foreach (var mode in new[] { "cold", "warm" })
    {
        // Cold: each run into a new folder, the last one site-N; warm: full rebuilds over site-N.
        var runs = new List<BuildRun>();
        for (var run = 0; run < runsPerMode; run++)
        {
            var folder = mode == "cold" && run < runsPerMode - 1 ? Path.Combine(repoRoot, "bench", "out", "runs", $"cold-{n}-{run}") : output;
            runs.Add(Measure(cli, repoRoot, config, corpus, folder, dropPageCache: mode == "cold"));
        }

        runs = runs.OrderBy(r => r.Seconds).ToList();
        var median = runs[runs.Count / 2];
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
        string Runs(Func<BuildRun, double> value, string format) => string.Join(", ", runs.Select(r => value(r).ToString(format, CultureInfo.InvariantCulture)));
        var cpu = median.CpuSeconds is { } c ? string.Create(CultureInfo.InvariantCulture, $", {c:0.00} s CPU (runs: {Runs(r => r.CpuSeconds ?? 0, "0.00")})") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"N = {n,6} {mode}: full build {median.Seconds:0.00} s wall (runs: {Runs(r => r.Seconds, "0.00")}){cpu}, peak memory {runs.Max(r => r.PeakMiB):0} MiB ({runs.Max(r => r.PeakMiB) / 1024:0.00} GiB; runs: {Runs(r => r.PeakMiB, "0")}), {files} files"));
    }

    var search = Path.Combine(output, "search");
    var searchFiles = Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"N = {n,6} search files: {searchFiles.Count} ({Directory.EnumerateFiles(Path.Combine(search, "terms")).Count()} term shards, {Directory.EnumerateFiles(Path.Combine(search, "vocabulary")).Count()} vocabulary lists, {Directory.EnumerateFiles(Path.Combine(search, "documents")).Count()} result-data files), {searchFiles.Sum(f => new FileInfo(f).Length) / 1e6:0.0} MB raw, {searchFiles.Sum(Sizes.Gzip) / 1e6:0.0} MB gzip (MB = 1,000,000 bytes); manifest {Sizes.Gzip(Path.Combine(search, "manifest.json")) / 1e3:0.0} kB gzip"));
    Console.WriteLine($"N = {n,6} search in Chromium, cold: {SearchCost(repoRoot, cli, output)}");
    var (indexBuild, shardsWritten) = IndexBenchmark.Run(repoRoot, corpus);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"N = {n,6} index alone (medians of 3): lunr index build {indexBuild:0.00} s, shards and vocabulary written {shardsWritten:0.00} s"));

    var (pageMs, totalMs, rendered) = ServeBenchmark.Run(repoRoot, corpus, Path.Combine(repoRoot, "bench", "out", $"serve-{n}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"N = {n,6} serve: one-article edit → updated page on disk in {pageMs:0} ms ({rendered} page re-rendered), whole rebuild {totalMs:0} ms"));
}

OutputFolders.DeleteAside(benchOut);

// Bytes (every response, gzipped) and time to the first results of /zoeken/?q=WORD for 24 words of the corpus, each in
// a fresh browser context (tests/tools/browser/search-bytes.js).
static string SearchCost(string repoRoot, string cli, string site)
{
    InputWarmup.Warm(cli, site);
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(repoRoot, "tests", "tools") };
    foreach (var a in new[] { Path.Combine(repoRoot, "tests", "tools", "browser", "search-bytes.js"), site, "24" })
        start.ArgumentList.Add(a);
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
        return "not measured (" + process.StandardError.ReadToEnd().Split('\n')[0] + ")";
    File.WriteAllText(Path.Combine(Path.GetDirectoryName(site)!, $"search-cost-{Path.GetFileName(site)}.json"), stdout);
    using var json = System.Text.Json.JsonDocument.Parse(stdout);
    var root = json.RootElement;
    var queries = root.GetProperty("queries").EnumerateArray().ToList();
    string Kb(double bytes) => (bytes / 1e3).ToString("0", CultureInfo.InvariantCulture) + " kB";
    var files = queries.Select(q => q.GetProperty("searchFiles").GetArrayLength()).Order().ToList();
    return $"{queries.Count} words ({string.Join(", ", queries.Select(q => $"{q.GetProperty("word").GetString()} {q.GetProperty("articles").GetInt32()}: {Kb(q.GetProperty("bytes").GetInt32())}"))}); "
        + $"bytes median {Kb(root.GetProperty("bytes").GetProperty("median").GetInt32())}, max {Kb(root.GetProperty("bytes").GetProperty("max").GetInt32())}; "
        + $"first results median {root.GetProperty("ms").GetProperty("median").GetInt32()} ms, max {root.GetProperty("ms").GetProperty("max").GetInt32()} ms; "
        + $"search files per query median {files[files.Count / 2]}, max {files[^1]}";
}

static BuildRun Measure(string cli, string repoRoot, string config, string corpus, string output, bool dropPageCache)
{
    // Each run starts with the previous run's output on disk, not still being written back while it works, and
    // with its inputs in memory (read again below when the page cache was emptied).
    if (dropPageCache)
        OutputFolders.SyncAndDropPageCache();
    else
    {
        using var sync = Process.Start("sync")!;
        sync.WaitForExit();
    }

    Thread.Sleep(2000);
    InputWarmup.Warm(cli, corpus, Path.Combine(repoRoot, "templates"), Path.GetDirectoryName(cli)!);
    // /usr/bin/time reports the build's own CPU time and peak memory once it has exited.
    const string time = "/usr/bin/time";
    var timed = File.Exists(time);
    var timeReport = Path.Combine(Path.GetTempPath(), $"kennisbank-bench-{Environment.ProcessId}.time");
    var start = new ProcessStartInfo(timed ? time : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repoRoot };
    var arguments = new List<string>();
    if (timed)
        arguments.AddRange(["-f", "%e %U %S %M", "-o", timeReport, "dotnet"]);
    arguments.AddRange([cli, "build", "--content", corpus, "--config", config, "--templates", Path.Combine(repoRoot, "templates"), "--output", output]);
    foreach (var a in arguments)
        start.ArgumentList.Add(a);
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var peakKiB = 0L;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    while (!process.WaitForExit(20))
    {
        if (!timed)
            peakKiB = Math.Max(peakKiB, ReadHighWaterMark(process.Id));
    }

    clock.Stop();
    if (process.ExitCode != 0)
        throw new InvalidOperationException("build failed:\n" + stderr.Result[..Math.Min(4000, stderr.Result.Length)]);
    _ = stdout.Result;
    if (!timed)
        return new BuildRun(clock.Elapsed.TotalSeconds, null, peakKiB / 1024.0);
    var report = File.ReadAllLines(timeReport).Last().Split(' ');
    File.Delete(timeReport);
    double Number(int i) => double.Parse(report[i], CultureInfo.InvariantCulture);
    return new BuildRun(Number(0), Number(1) + Number(2), Number(3) / 1024);
}

static long ReadHighWaterMark(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0;
    }
}

static string BuildCli(string repoRoot)
{
    var publish = Path.Combine(repoRoot, "bench", "out", "cli");
    // Not ReadyToRun: the CLI runs with tiered compilation off, so precompiled code is never replaced by the JIT's
    // (which inlines across assemblies); at 100,000 articles ReadyToRun cost about a quarter more CPU.
    var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repoRoot, "src", "Kennisbank.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
        "-o", publish, "--nologo", "-v", "q"]);
    using var process = Process.Start(start)!;
    process.WaitForExit();
    if (process.ExitCode != 0)
        throw new InvalidOperationException("dotnet publish failed");
    return Path.Combine(publish, "Kennisbank.Cli.dll");
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "kennisbank.sln")))
            return dir.FullName;
    }

    throw new InvalidOperationException("run from inside the repository");
}

/// <summary>One measured build: wall time, CPU time (user + system; null without /usr/bin/time) and peak resident memory.</summary>
internal sealed record BuildRun(double Seconds, double? CpuSeconds, double PeakMiB);
