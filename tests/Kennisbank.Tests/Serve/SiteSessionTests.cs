using Kennisbank.Build;
using Kennisbank.Serve;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Serve;

/// <summary>Incremental rebuilds: one edited article re-renders its page and the lists that show it, nothing else.</summary>
public sealed class SiteSessionTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly SiteSession _session;

    public SiteSessionTests()
    {
        for (var i = 1; i <= 30; i++)
            _site.Article($"a{i:D2}.md", $"Tekst van artikel {i}.\n\n## Aanpak\n\nZo.\n", ("title", $"Artikel nummer {i:D2}"),
                ("theme", i % 2 == 0 ? "burgerschap" : "huisvesting"), ("date", $"2025-01-{i:D2}"), ("tags", i % 3 == 0 ? "[debat]" : "[gebouw]"));
        _session = new SiteSession(new BuildOptions
        {
            ContentDirectory = _site.ContentDirectory,
            TemplatesDirectory = _site.TemplatesDirectory,
            ConfigFile = _site.ConfigFile,
            OutputDirectory = _site.OutputDirectory,
            LiveReload = true,
        });
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_first_build_renders_everything_and_pages_load_the_live_reload_script()
    {
        var first = _session.Rebuild();

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.TotalPages, first.RenderedPages);
        Assert.NotNull(_site.Page("/artikelen/a01/").QuerySelector("script[src='/__kennisbank/livereload.js']"));
    }

    [Fact]
    public void A_page_the_disk_refuses_is_KB602_and_the_next_save_writes_it()
    {
        Assert.True(_session.Rebuild().Succeeded);
        _site.Article("a05.md", "Nieuwe tekst van artikel vijf.\n", ("title", "Artikel nummer 05"), ("theme", "huisvesting"), ("date", "2025-01-05"), ("tags", "[gebouw]"));

        RebuildResult refused;
        using (Adversarial.SystemTools.Immutable(_site.OutputFile("/artikelen/a05/")))
            refused = _session.Rebuild();

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Diagnostics, d => d.Code == "KB602");
        var again = _session.Rebuild();
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Contains("Nieuwe tekst van artikel vijf.", _site.Page("/artikelen/a05/").QuerySelector(".article-body")!.TextContent);
    }

    [Fact]
    public void A_body_edit_re_renders_only_that_article_page()
    {
        Assert.True(_session.Rebuild().Succeeded);
        var untouched = File.GetLastWriteTimeUtc(_site.OutputFile("/artikelen/a02/"));
        _site.Article("a05.md", "Nieuwe tekst van artikel vijf.\n\n## Aanpak\n\nZo.\n", ("title", "Artikel nummer 05"), ("theme", "huisvesting"), ("date", "2025-01-05"), ("tags", "[gebouw]"));

        var second = _session.Rebuild();

        Assert.True(second.Succeeded);
        Assert.Equal(1, second.RenderedPages);
        Assert.Contains("artikelen/a05/index.html", second.ChangedPaths);
        Assert.Contains("Nieuwe tekst van artikel vijf.", _site.Page("/artikelen/a05/").QuerySelector(".article-body")!.TextContent);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(_site.OutputFile("/artikelen/a02/")));
    }

    [Fact]
    public void A_title_edit_re_renders_the_article_and_the_lists_that_show_it_but_not_unrelated_pages()
    {
        Assert.True(_session.Rebuild().Succeeded);
        _site.Article("a05.md", "Tekst van artikel 5.\n\n## Aanpak\n\nZo.\n", ("title", "Een betere titel voor vijf"), ("theme", "huisvesting"), ("date", "2025-01-05"), ("tags", "[gebouw]"));

        var second = _session.Rebuild();

        Assert.True(second.Succeeded);
        Assert.InRange(second.RenderedPages, 2, second.TotalPages / 2);
        Assert.Contains("themas/huisvesting/index.html", second.ChangedPaths);
        Assert.DoesNotContain("themas/burgerschap/index.html", second.ChangedPaths);
        Assert.Contains(_site.Page("/themas/huisvesting/").QuerySelectorAll(".card-title"), h => h.TextContent.Trim() == "Een betere titel voor vijf");
    }

    [Fact]
    public void A_broken_file_keeps_the_last_good_site_and_fixing_it_recovers()
    {
        Assert.True(_session.Rebuild().Succeeded);
        var before = File.ReadAllBytes(_site.OutputFile("/artikelen/a05/"));
        var path = Path.Combine(_site.ContentDirectory, "a05.md");
        var good = File.ReadAllText(path);
        File.WriteAllText(path, "geen front matter\n");

        var broken = _session.Rebuild();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "KB101" && d.Path.EndsWith("a05.md", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(_site.OutputFile("/artikelen/a05/")));

        File.WriteAllText(path, good);
        Assert.True(_session.Rebuild().Succeeded);
    }

    [Fact]
    public void A_deleted_article_disappears_from_the_site()
    {
        Assert.True(_session.Rebuild().Succeeded);
        File.Delete(Path.Combine(_site.ContentDirectory, "a30.md"));

        var second = _session.Rebuild();

        Assert.True(second.Succeeded);
        Assert.False(File.Exists(_site.OutputFile("/artikelen/a30/")));
    }
}
