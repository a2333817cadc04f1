using System.Text.Json;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// Runs the real command line (via <see cref="CliProcess"/>) in a test site's root folder, the way an editor or CI
/// runs it there: kennisbank.yml, content/ and site/ are found from the working directory; only the templates are
/// passed, because a <see cref="TestSite"/> uses the repository's templates (or its own copy).
/// </summary>
internal static class KennisbankCli
{
    public static CliRun Run(TestSite site, string command, params string[] arguments) =>
        CliProcess.Run(site.Root, [command, "--templates", site.TemplatesDirectory, .. arguments]);

    public static CliRun Check(TestSite site, params string[] arguments) => Run(site, "check", arguments);
}

/// <summary>One entry of <c>check --format json</c>'s <c>diagnostics</c> array.</summary>
internal sealed record JsonDiagnostic(string Severity, string Code, string Path, int Line, int Column, string Message)
{
    public static IReadOnlyList<JsonDiagnostic> ReadAll(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new JsonDiagnostic(
                d.GetProperty("severity").GetString()!,
                d.GetProperty("code").GetString()!,
                d.GetProperty("path").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("message").GetString()!))
            .ToList();
    }
}
