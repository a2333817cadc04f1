using Kennisbank.Build;
using Kennisbank.Diagnostics;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Assertions for "bad input gets a clear error": the build failed, exactly the expected code was reported,
/// and it points at the file, line and column an editor has to fix.
/// </summary>
internal static class DiagnosticAssert
{
    /// <summary>The build failed with exactly one diagnostic of <paramref name="code"/>; returns it.</summary>
    public static Diagnostic Single(BuildResult result, string code)
    {
        Assert.False(result.Succeeded, "the build should fail");
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1,
            $"expected exactly one {code}, got {matches.Count}:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Equal(Severity.Error, matches[0].Severity);
        return matches[0];
    }

    /// <summary>The build failed and reported only <paramref name="code"/> errors, at least one (warnings aside).</summary>
    public static IReadOnlyList<Diagnostic> Only(BuildResult result, string code)
    {
        Assert.False(result.Succeeded, "the build should fail");
        var errors = Errors(result);
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.True(d.Code == code, $"unexpected diagnostic: {d}"));
        return errors;
    }

    /// <summary>The build failed with exactly one error, of <paramref name="code"/>; returns it (warnings aside).</summary>
    public static Diagnostic Sole(BuildResult result, string code)
    {
        Assert.False(result.Succeeded, "the build should fail");
        var diagnostic = Assert.Single(Errors(result));
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>The diagnostic points at <paramref name="file"/> (as a display path, relative or absolute), line and column.</summary>
    public static void At(Diagnostic diagnostic, string file, int line, int column)
    {
        Assert.True(SamePath(diagnostic.Path, file), $"expected a diagnostic for {file}, got {diagnostic}");
        Assert.True(line == diagnostic.Line && column == diagnostic.Column,
            $"expected {line}:{column}, got {diagnostic.Line}:{diagnostic.Column} in {diagnostic}");
    }

    /// <summary>The message names every fragment (the offending key or value, the suggestion …).</summary>
    public static void Mentions(Diagnostic diagnostic, params string[] fragments)
    {
        foreach (var fragment in fragments)
            Assert.True(diagnostic.Message.Contains(fragment, StringComparison.Ordinal),
                $"expected the message to mention \"{fragment}\": {diagnostic}");
    }

    public static bool SamePath(string displayPath, string file) =>
        string.Equals(Path.GetFullPath(displayPath), Path.GetFullPath(file), StringComparison.Ordinal);

    private static List<Diagnostic> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
}
