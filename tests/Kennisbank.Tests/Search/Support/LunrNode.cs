using System.Text.Json;

namespace Kennisbank.Tests.Search.Support;

// The tests compare our index with the real lunr.js, run in Node from tests/tools (where CI runs `npm ci`).
// The repository root is found by walking up from the test assembly to the folder holding kennisbank.sln.
// Every helper script reads its input from a file and writes its output to a file, so one Node process
// serves a whole batch (a test class), never one process per query.

/// <summary>Runs the Node helper scripts in tests/tools/lunr against the real lunr.js.</summary>
internal static class LunrNode
{
    public static string RepoRoot => Kennisbank.Tests.Support.RepoPaths.Root;

    public static string ToolsDirectory => Kennisbank.Tests.Support.RepoPaths.Tools;

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

    /// <summary>Runs tests/tools/lunr/<paramref name="script"/> with the given arguments (through the shared Node runner).</summary>
    public static void Run(string script, params string[] arguments)
    {
        EnsureAvailable();
        Kennisbank.Tests.Support.NodeTool.Run(Path.Combine("lunr", script), arguments);
    }

    public static string TempFile(string extension)
    {
        string directory = Path.Combine(Path.GetTempPath(), "kennisbank-lunr-tests");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, Guid.NewGuid().ToString("N") + extension);
    }
}
