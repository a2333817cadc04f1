using System.Security.Cryptography;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Build;

/// <summary>The same input gives byte-identical output: no timestamps, no unordered collections, no thread-order effects.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Building_the_starter_content_twice_gives_identical_files()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Build(first.Combine("site"));
        Thread.Sleep(1100); // a timestamp in the output would now differ
        Build(second.Combine("site"));

        var a = Hashes(first.Combine("site"));
        var b = Hashes(second.Combine("site"));
        Assert.True(a.Count > 100);
        Assert.Contains(a.Keys, k => k.EndsWith(".html.br", StringComparison.Ordinal));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.True(kv.Value == b[kv.Key], $"{kv.Key} differs between two builds"));
    }

    private static void Build(string output)
    {
        var result = Kennisbank.Build.SiteBuilder.Build(new Kennisbank.Build.BuildOptions
        {
            ContentDirectory = RepoPaths.Content,
            TemplatesDirectory = RepoPaths.Templates,
            ConfigFile = RepoPaths.Config,
            OutputDirectory = output,
            Precompress = true, // compressed files must be as deterministic as their sources
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
