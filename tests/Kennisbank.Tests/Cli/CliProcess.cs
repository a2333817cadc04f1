using System.Diagnostics;

namespace Kennisbank.Tests.Cli;

/// <summary>What one run of the real command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}

/// <summary>
/// Runs the built command line (Kennisbank.Cli.dll, copied next to the tests by the project reference) as a separate
/// process with <c>dotnet</c>, the way an editor runs it, with its own working directory. Standard input is closed at
/// once: a test never types, and a command that asked a question would otherwise wait for an answer forever.
/// </summary>
public static class CliProcess
{
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "Kennisbank.Cli.dll");

    public static CliRun Run(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(CliDll), $"{CliDll} is missing: the test project should reference src/Kennisbank.Cli");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kennisbank {string.Join(' ', arguments)} did not finish in 120 s; is it waiting for input?");
        }

        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Runs <c>build</c> with every folder given explicitly.</summary>
    public static CliRun Build(string workingDirectory, string content, string templates, string config, string output, params string[] extra) =>
        Run(workingDirectory, ["build", "--content", content, "--templates", templates, "--config", config, "--output", output, .. extra]);

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
