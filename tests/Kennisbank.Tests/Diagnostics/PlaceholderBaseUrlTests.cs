using Kennisbank.Diagnostics;
using Kennisbank.Tests.Check;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// A base_url still at the example address is a KB905 warning at its line in kennisbank.yml: the build goes on,
/// `check --strict` fails, and a build given the real address with --base-url is not warned.
/// </summary>
public sealed class PlaceholderBaseUrlTests : IDisposable
{
    // The repository's own configuration, example address included (TestSite copies its pages/ along).
    private readonly TestSite _site = new(File.ReadAllText(RepoPaths.Config));

    public PlaceholderBaseUrlTests()
    {
        _site.Article("a.md", matter: [("tags", "[debat]")]);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_example_address_is_a_warning_at_its_line_and_the_site_still_builds()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("KB905", Severity.Warning), (warning.Code, warning.Severity));
        var line = File.ReadAllLines(_site.ConfigFile).ToList().FindIndex(l => l.StartsWith("base_url:", StringComparison.Ordinal)) + 1;
        Assert.Equal((line, 11), (warning.Line, warning.Column));
        Assert.Contains("https://kennisbank.example.nl/", warning.Message);
    }

    [Fact]
    public void The_real_address_given_with_base_url_is_not_warned()
    {
        Assert.Empty(_site.Build(baseUrl: "https://kennisbank.vo-raad.nl/").Diagnostics);
    }

    [Fact]
    public void Check_strict_fails_on_the_example_address()
    {
        var lenient = KennisbankCli.Check(_site);
        var strict = KennisbankCli.Check(_site, "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains(strict.StdoutLines, l => l.Contains(": warning KB905: ", StringComparison.Ordinal));
    }
}
