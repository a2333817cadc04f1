using Kennisbank.Tests.Check;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Publishing;

/// <summary>
/// <c>kennisbank urls [--update]</c>: the list of published URLs — articles, aliases, taxonomy and overview pages,
/// feeds, the API — without assets, the search index, page 2, 3, … of lists, 404, robots.txt and sitemap.xml;
/// sorted and byte-for-byte deterministic, written beside kennisbank.yml.
/// </summary>
public sealed class UrlsCommandTests : IDisposable
{
    private const string Header = "# ";
    private readonly TestSite _site = new();

    public UrlsCommandTests()
    {
        // 22 articles: more than articles_per_page (20), so /artikelen/pagina/2/ exists and must be left out.
        for (var i = 1; i <= 22; i++)
            _site.Article($"artikel-{i:00}.md", matter: [("title", $"Artikel nummer {i} over debat"), ("tags", "[debat, ideeën]"),
                ("date", $"2025-03-{i:00}"), ("region", "utrecht"), ("school_types", "[vmbo, havo]")]);
        _site.Article("hernoemd.md", matter: [("title", "Een hernoemd artikel over debat"), ("tags", "[debat]"),
            ("theme", "burgerschap"), ("type", "handreiking"), ("aliases", "[/handreikingen/oude-naam/]")]);
    }

    public void Dispose() => _site.Dispose();

    private string ListFile => Path.Combine(_site.Root, "published-urls.txt");

    private CliRun Urls(params string[] arguments) => KennisbankCli.Run(_site, "urls", arguments);

    private static List<string> Listed(string text) =>
        text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(Header, StringComparison.Ordinal)).ToList();

    private IReadOnlyList<string> ProducedSitePaths()
    {
        var result = _site.Build(dryRun: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.SitePaths;
    }

    [Fact]
    public void Update_writes_published_urls_txt_beside_kennisbank_yml_and_says_where()
    {
        var run = Urls("--update");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(ListFile), run.ToString());
        var urls = Listed(File.ReadAllText(ListFile));
        Assert.Contains(ListFile, run.Stdout);
        Assert.Contains($"{urls.Count} URL's", run.Stdout);
    }

    [Fact]
    public void Update_follows_the_config_file_not_the_working_directory()
    {
        var elsewhere = Path.Combine(_site.Root, "instellingen");
        Directory.CreateDirectory(elsewhere);
        var config = Path.Combine(elsewhere, "kennisbank.yml");
        File.Copy(_site.ConfigFile, config);
        Cli.CliProcess.CopyFolder(Path.Combine(_site.Root, "pages"), Path.Combine(elsewhere, "pages"));

        var run = Urls("--update", "--config", config, "--content", _site.ContentDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(elsewhere, "published-urls.txt")), run.ToString());
        Assert.False(File.Exists(ListFile), "published-urls.txt was written beside the working directory's kennisbank.yml instead");
    }

    [Fact]
    public void Update_is_deterministic_and_sorted()
    {
        var first = Urls("--update");
        var bytes = File.ReadAllBytes(ListFile);
        var second = Urls("--update");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.Equal(bytes, File.ReadAllBytes(ListFile));
        var text = File.ReadAllText(ListFile);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("\n", text);
        var urls = Listed(text);
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Equal(urls.Distinct(), urls);
        Assert.All(urls, u => Assert.StartsWith("/", u));
    }

    [Fact]
    public void List_holds_articles_aliases_taxonomies_feeds_and_the_api()
    {
        var run = Urls("--update");

        Assert.True(run.ExitCode == 0, run.ToString());
        var urls = Listed(File.ReadAllText(ListFile));
        foreach (var expected in new[]
                 {
                     "/", "/artikelen/", "/artikelen/artikel-01/", "/artikelen/artikel-22/", "/artikelen/hernoemd/",
                     "/handreikingen/oude-naam/", "/tags/", "/tags/debat/", "/tags/ideeen/", "/themas/", "/themas/burgerschap/",
                     "/themas/passend-onderwijs/", "/themas/passend-onderwijs/feed.xml", "/soorten/handreiking/",
                     "/schoolsoorten/vmbo/", "/regios/utrecht/", "/feed.xml", "/api/artikelen.json", "/zoeken/",
                 })
            Assert.True(urls.Contains(expected), $"{expected} is missing from published-urls.txt");
    }

    [Fact]
    public void List_leaves_out_assets_the_search_index_later_list_pages_404_robots_and_sitemap()
    {
        var produced = ProducedSitePaths();
        Assert.Contains(produced, p => p.StartsWith("/assets/", StringComparison.Ordinal));
        Assert.Contains(produced, p => p.StartsWith("/search/", StringComparison.Ordinal));
        Assert.Contains("/artikelen/pagina/2/", produced);
        Assert.Contains("/404.html", produced);
        Assert.Contains("/robots.txt", produced);
        Assert.Contains("/sitemap.xml", produced);

        var run = Urls("--update");

        Assert.True(run.ExitCode == 0, run.ToString());
        var urls = Listed(File.ReadAllText(ListFile));
        Assert.DoesNotContain(urls, u => u.StartsWith("/assets/", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.StartsWith("/search/", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Contains("/pagina/", StringComparison.Ordinal));
        Assert.DoesNotContain("/404.html", urls);
        Assert.DoesNotContain("/robots.txt", urls);
        Assert.DoesNotContain("/sitemap.xml", urls);
    }

    [Fact]
    public void List_is_every_produced_path_except_the_left_out_kinds()
    {
        var expected = ProducedSitePaths()
            .Where(p => !p.StartsWith("/assets/", StringComparison.Ordinal) && !p.StartsWith("/search/", StringComparison.Ordinal)
                        && !p.Contains("/pagina/", StringComparison.Ordinal) && p is not ("/404.html" or "/robots.txt" or "/sitemap.xml")
                        && !System.Text.RegularExpressions.Regex.IsMatch(p, "^/themas/[^/]+/(soort|schoolsoort)/"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var run = Urls("--update");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, Listed(File.ReadAllText(ListFile)));
    }

    [Fact]
    public void Without_update_the_list_goes_to_stdout_and_no_file_is_written()
    {
        var printed = Urls();

        Assert.True(printed.ExitCode == 0, printed.ToString());
        Assert.False(File.Exists(ListFile), "urls without --update wrote published-urls.txt");
        Assert.Equal(0, Urls("--update").ExitCode);
        Assert.Equal(File.ReadAllText(ListFile), printed.Stdout);
    }

    [Fact]
    public void Drafts_are_not_published()
    {
        _site.Article("concept.md", matter: [("tags", "[debat]"), ("draft", "true")]);

        var run = Urls("--update");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("/artikelen/concept/", Listed(File.ReadAllText(ListFile)));
    }

    [Fact]
    public void A_broken_site_is_not_listed_and_the_existing_list_stays()
    {
        Assert.Equal(0, Urls("--update").ExitCode);
        var before = File.ReadAllBytes(ListFile);
        _site.Article("kapot.md", matter: ("theme", "burgerschp"));

        var run = Urls("--update");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("KB109", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(ListFile));
    }

    [Fact]
    public void Update_ignores_the_guard_so_a_url_that_may_go_can_be_dropped()
    {
        Assert.Equal(0, Urls("--update").ExitCode);
        File.Delete(Path.Combine(_site.ContentDirectory, "hernoemd.md"));

        var check = KennisbankCli.Check(_site);
        var run = Urls("--update");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        var urls = Listed(File.ReadAllText(ListFile));
        Assert.DoesNotContain("/artikelen/hernoemd/", urls);
        Assert.DoesNotContain("/handreikingen/oude-naam/", urls);
        Assert.True(KennisbankCli.Check(_site).ExitCode == 0, "after urls --update the guard should be satisfied again");
    }
}
