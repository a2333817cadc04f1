using System.Diagnostics;
using System.Text.Json;

namespace Kennisbank.Tests.Search.Support;

// The tests compare our index with the real lunr.js, run in Node from tests/tools (where CI runs `npm ci`).
// The repository root is found by walking up from the test assembly to the folder holding kennisbank.sln.
// Every helper script reads its input from a file and writes its output to a file, so one Node process
// serves a whole batch (a test class), never one process per query.

/// <summary>Runs the Node helper scripts in tests/tools/lunr against the real lunr.js.</summary>
internal static class LunrNode
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ToolsDirectory => Path.Combine(RepoRoot, "tests", "tools");

    /// <summary>Fails (never skips) with instructions when Node or the npm packages are missing.</summary>
    public static void EnsureAvailable()
    {
        foreach (string package in new[] { "lunr", "lunr-languages" })
        {
            if (!Directory.Exists(Path.Combine(ToolsDirectory, "node_modules", package)))
            {
                throw new InvalidOperationException(
                    $"{package} is not installed in {ToolsDirectory}/node_modules: run `npm ci` in tests/tools (needs Node 20).");
            }
        }
    }

    /// <summary>Writes <paramref name="input"/> as JSON, runs the script, and parses its JSON output.</summary>
    public static JsonElement RunJson(string script, object input)
    {
        string inputPath = TempFile(".json");
        string outputPath = TempFile(".json");
        File.WriteAllText(inputPath, JsonSerializer.Serialize(input));
        Run(script, inputPath, outputPath);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(outputPath));
        return document.RootElement.Clone();
    }

    /// <summary>Runs tests/tools/lunr/<paramref name="script"/> with the given arguments.</summary>
    public static void Run(string script, params string[] arguments)
    {
        EnsureAvailable();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ToolsDirectory, "lunr", script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js (`node`, version 20) is needed on PATH to run the lunr tests.", e);
        }

        using (process)
        {
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} failed ({process.ExitCode}):\n{stderr.Result}\n{stdout.Result}");
            }
        }
    }

    public static string TempFile(string extension)
    {
        string directory = Path.Combine(Path.GetTempPath(), "kennisbank-lunr-tests");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, Guid.NewGuid().ToString("N") + extension);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "kennisbank.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No kennisbank.sln above {AppContext.BaseDirectory}.");
    }
}
