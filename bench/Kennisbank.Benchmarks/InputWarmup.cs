using System.Diagnostics;

namespace Kennisbank.Benchmarks;

/// <summary>
/// Makes sure a measured run finds its inputs in memory, as every build after the first one on a developer's machine
/// or a CI runner does. This VM's memory manager (DAMON, <c>pageout</c> of memory idle for about a minute) evicts
/// file pages while the benchmark pauses between runs; a run after such a pause then read the corpus, the CLI and
/// the .NET runtime from disk, and measured the disk (seconds, at random) instead of the generator.
/// </summary>
public static class InputWarmup
{
    public static void Warm(string cli, params string[] folders)
    {
        // The shared framework too: a build's last stages use libraries (XML, JSON) that --help never touches.
        foreach (var folder in folders.Append(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                File.ReadAllBytes(file);
        }

        // Runs the CLI once, which maps the runtime and its libraries back in.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "--help" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }
}
