using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, class 5: an alias that names a file the build makes itself (a feed, the sitemap, a search file, an
/// asset, an attachment) is a located KB205 error at the alias, the same in <c>check</c> and <c>build</c>, and the
/// previous site stays.
/// </summary>
public sealed class AliasCollisionTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/search/manifest.json")]
    [InlineData("/themas/burgerschap/feed.xml")]
    [InlineData("/api/artikelen.json")]
    [InlineData("/assets/site.css")]
    [InlineData("/artikelen/debatclub/plan.pdf")]
    public void An_alias_naming_a_generated_file_is_KB205_at_the_alias_in_check_and_build(string alias)
    {
        File.WriteAllBytes(Path.Combine(_site.ContentDirectory, "plan.pdf"), [1, 2, 3]);
        _site.Article("debatclub.md", "Het [plan](plan.pdf).\n");
        Assert.True(_site.Build().Succeeded);
        var before = SiteFiles.Snapshot(_site.OutputDirectory);
        var file = _site.Article("leerlingenraad.md", matter: ("aliases", $"[{alias}]"));

        foreach (var result in new[] { _site.Build(dryRun: true), _site.Build() })
        {
            var diagnostic = DiagnosticAssert.Sole(result, "KB205");
            DiagnosticAssert.At(diagnostic, file, 7, 11);
            DiagnosticAssert.Mentions(diagnostic, alias);
        }

        SiteFiles.AssertSame(before, SiteFiles.Snapshot(_site.OutputDirectory));
    }

    [Fact]
    public void An_alias_below_a_generated_file_is_refused_too()
    {
        _site.Article("debatclub.md");
        var file = _site.Article("leerlingenraad.md", matter: ("aliases", "[/robots.txt/oud/]"));

        DiagnosticAssert.At(DiagnosticAssert.Sole(_site.Build(), "KB205"), file, 7, 11);
    }
}
