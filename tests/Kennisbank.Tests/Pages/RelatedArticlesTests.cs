using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>"Gerelateerde artikelen": explicit related first, then by shared tags and theme, at most five, deterministic.</summary>
public sealed class RelatedArticlesTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private List<string?> RelatedOf(string slug) =>
        _site.Page($"/artikelen/{slug}/").QuerySelectorAll(".related .card-title a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void Explicit_related_come_first_then_shared_tags_outweigh_a_shared_theme()
    {
        _site.Article("a.md", "x\n", ("title", "Artikel A hoofd"), ("tags", "[debat, democratie]"), ("related", "[e]"));
        _site.Article("b.md", "x\n", ("title", "Artikel B twee tags"), ("theme", "burgerschap"), ("tags", "[debat, democratie]"));
        _site.Article("c.md", "x\n", ("title", "Artikel C zelfde thema"), ("tags", "[huisvesting]"));
        _site.Article("d.md", "x\n", ("title", "Artikel D een tag"), ("theme", "huisvesting"), ("tags", "[debat]"));
        _site.Article("e.md", "x\n", ("title", "Artikel E expliciet"), ("theme", "goed-bestuur"));
        _site.Article("f.md", "x\n", ("title", "Artikel F niets gemeen"), ("theme", "kansengelijkheid"));
        Assert.True(_site.Build().Succeeded);

        // e: explicit; b: 2 tags (4); d: 1 tag (2); c: theme (1); f shares nothing and is left out.
        Assert.Equal(["/artikelen/e/", "/artikelen/b/", "/artikelen/d/", "/artikelen/c/"], RelatedOf("a"));
    }

    [Fact]
    public void At_most_five_and_ties_go_to_the_newest()
    {
        for (var i = 1; i <= 8; i++)
            _site.Article($"t{i}.md", "x\n", ("title", $"Artikel over tag {i}"), ("date", $"2025-02-0{i}"), ("tags", "[mentoraat]"));
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(["/artikelen/t8/", "/artikelen/t7/", "/artikelen/t6/", "/artikelen/t5/", "/artikelen/t4/"], RelatedOf("t1"));
    }
}
