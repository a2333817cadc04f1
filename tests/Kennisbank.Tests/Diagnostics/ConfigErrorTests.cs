using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// A bad kennisbank.yml (KB501) or none at all (KB502). The tests use a small configuration of their own so the
/// line numbers below do not depend on the repository's kennisbank.yml.
/// </summary>
public sealed class ConfigErrorTests
{
    private const string ValidConfig = MinimalConfig.Text;

    [Fact]
    public void The_small_configuration_builds()
    {
        using var site = new TestSite(ValidConfig);
        site.Article("debatclub.md");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Unknown_setting_is_KB501_with_a_suggestion()
    {
        using var site = new TestSite(ValidConfig + "\narticles_per_pag: 10\n");

        var diagnostic = DiagnosticAssert.Sole(site.Build(), "KB501");

        DiagnosticAssert.At(diagnostic, site.ConfigFile, 10, 1);
        DiagnosticAssert.Mentions(diagnostic, "'articles_per_pag'", "Bedoelde je 'articles_per_page'?");
    }

    [Fact]
    public void Theme_without_label_is_KB501_at_the_theme_key()
    {
        using var site = new TestSite(ValidConfig.Replace("    label: Passend onderwijs\n", ""));

        var diagnostic = DiagnosticAssert.Sole(site.Build(), "KB501");

        DiagnosticAssert.At(diagnostic, site.ConfigFile, 4, 3);
        DiagnosticAssert.Mentions(diagnostic, "passend-onderwijs", "'label'");
    }

    [Fact]
    public void Relative_base_url_is_KB501_at_the_value()
    {
        using var site = new TestSite(ValidConfig.Replace("https://kennisbank.example.nl/", "/kennisbank/"));

        var diagnostic = DiagnosticAssert.Sole(site.Build(), "KB501");

        DiagnosticAssert.At(diagnostic, site.ConfigFile, 2, 11);
        DiagnosticAssert.Mentions(diagnostic, "'base_url'", "'/kennisbank/'");
    }

    [Fact]
    public void Search_field_settings_are_read_with_their_term_limit()
    {
        var diagnostics = new Kennisbank.Diagnostics.DiagnosticBag();
        var config = Kennisbank.Configuration.SiteConfigLoader.Parse(
            ValidConfig + "\nsearch:\n  fields:\n    title: 8\n    body: { boost: 2, terms: 40% }\n", "kennisbank.yml", diagnostics);
        var defaults = Kennisbank.Configuration.SiteConfigLoader.Parse(ValidConfig, "kennisbank.yml", diagnostics);

        Assert.Equal(0, diagnostics.ErrorCount);
        Assert.Equal([new("title", 8), new("body", 2, 40)], config!.SearchFields);
        // Every word of every field is indexed unless a site asks otherwise.
        Assert.Equal(new Kennisbank.Search.SearchField("body", 1), defaults!.SearchFields.Single(f => f.Name == "body"));
    }

    [Fact]
    public void Bad_search_field_settings_are_KB501_each_at_its_place()
    {
        using var site = new TestSite(ValidConfig + "\nsearch:\n  fields:\n    body:\n      boost: 1\n      terms: 0%\n    summary: { term: 50 }\n");
        site.Article("debatclub.md");

        var diagnostics = site.Build().Diagnostics.Where(d => d.Code == "KB501").ToList();

        Assert.Equal(2, diagnostics.Count);
        DiagnosticAssert.At(diagnostics[0], site.ConfigFile, 14, 14);
        DiagnosticAssert.Mentions(diagnostics[0], "'body.terms'", "percentage", "'0%'");
        DiagnosticAssert.At(diagnostics[1], site.ConfigFile, 15, 16);
        DiagnosticAssert.Mentions(diagnostics[1], "'term'", "Bedoelde je 'terms'?");
    }

    [Fact]
    public void Missing_configuration_is_KB502_naming_the_file()
    {
        using var site = new TestSite();
        site.Article("debatclub.md");
        File.Delete(site.ConfigFile);

        var diagnostic = DiagnosticAssert.Sole(site.Build(), "KB502");

        DiagnosticAssert.At(diagnostic, site.ConfigFile, 1, 1);
        DiagnosticAssert.Mentions(diagnostic, site.ConfigFile);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
