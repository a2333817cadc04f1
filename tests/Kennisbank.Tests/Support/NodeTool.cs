using System.Diagnostics;
using System.Text.Json;

namespace Kennisbank.Tests.Support;

/// <summary>
/// Runs a Node.js script from tests/tools (real lunr.js, axe-core in Chromium, …) and returns its standard output.
/// Fails — never skips — when the tools are not installed, saying how to install them.
/// </summary>
public static class NodeTool
{
    public static string Run(string script, IEnumerable<string> arguments, string? stdin = null, int timeoutSeconds = 600)
    {
        RequireInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Tools, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in {timeoutSeconds} s");
        }

        var stderr = stderrTask.Result;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} failed with exit code {process.ExitCode}:\n{stderr}");
        return stdout;
    }

    public static JsonDocument RunJson(string script, IEnumerable<string> arguments, string? stdin = null, int timeoutSeconds = 600) =>
        JsonDocument.Parse(Run(script, arguments, stdin, timeoutSeconds));

    public static void RequireInstalled()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.Tools, "node_modules")))
            throw new InvalidOperationException("tests/tools/node_modules is missing: run `npm ci` in tests/tools (./test.sh does this).");
    }

    public static void RequireFile(string path, string howToInstall)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: {howToInstall}");
    }
}
