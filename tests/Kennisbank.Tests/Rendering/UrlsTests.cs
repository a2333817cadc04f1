using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Rendering;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Rendering;

/// <summary>
/// Links from site paths: under a base path they get its prefix; at the root a site path is already its link, and
/// the very same string is used (a large site prints millions of links; none needs a copy).
/// </summary>
public sealed class UrlsTests
{
    private static SiteConfig Config(string baseUrl)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepoPaths.Config, "kennisbank.yml", diagnostics)!;
        return config.WithBaseUrl(new Uri(baseUrl));
    }

    [Fact]
    public void At_the_root_a_site_path_is_its_own_link_without_a_copy()
    {
        var config = Config("https://kennisbank.test/");
        var path = string.Concat("/artikelen/", "thuiszitters/");

        Assert.Same(path, Urls.Relative(config, path));
        Assert.Equal("https://kennisbank.test/artikelen/thuiszitters/", Urls.Absolute(config, path));
    }

    [Theory]
    [InlineData("https://kennisbank.test/", "//dubbel/", "/dubbel/")]
    [InlineData("https://kennisbank.test/", "zonder-slash/", "/zonder-slash/")]
    [InlineData("https://school.test/kennisbank/", "/artikelen/x/", "/kennisbank/artikelen/x/")]
    [InlineData("https://school.test/kennisbank/", "/", "/kennisbank/")]
    public void Other_paths_and_base_paths_are_joined_with_one_slash(string baseUrl, string sitePath, string expected)
    {
        Assert.Equal(expected, Urls.Relative(Config(baseUrl), sitePath));
    }
}
