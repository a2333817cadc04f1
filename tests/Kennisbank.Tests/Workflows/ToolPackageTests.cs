using System.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// The .NET tool, made and installed the way the README says: <c>dotnet pack src/Kennisbank.Cli -c Release</c>
/// into a folder, <c>dotnet tool install --tool-path … --add-source …</c>, then the installed <c>kennisbank</c>
/// command. A private NuGet package folder keeps an older 0.1.0 in the machine's cache from standing in for this one.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_as_kennisbank()
    {
        using var temp = new TempDirectory("kb-tool");
        var packages = temp.Combine("packages");
        var tools = temp.Combine("tools");

        Dotnet(RepoPaths.Root, null, "pack", "src/Kennisbank.Cli", "-c", "Release", "-o", packages, "--nologo");
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.Equal("Kennisbank.Cli.0.1.0.nupkg", Path.GetFileName(package));

        Dotnet(temp.Path, temp.Combine("nuget"), "tool", "install", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources", "Kennisbank.Cli");
        var help = Run(temp.Path, Path.Combine(tools, OperatingSystem.IsWindows() ? "kennisbank.exe" : "kennisbank"), null, "--help");

        foreach (var verb in new[] { "build", "check", "urls", "serve", "new" })
            Assert.Contains(verb, help, StringComparison.Ordinal);
    }

    private static string Dotnet(string workingDirectory, string? nugetPackages, params string[] arguments) =>
        Run(workingDirectory, Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", nugetPackages, arguments);

    /// <summary>Runs a program and returns its output; <paramref name="nugetPackages"/> replaces the NuGet package folder.</summary>
    private static string Run(string workingDirectory, string program, string? nugetPackages, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (nugetPackages is not null)
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 120 s");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: exit code {process.ExitCode}\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
