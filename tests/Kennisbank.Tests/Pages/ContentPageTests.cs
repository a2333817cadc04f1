using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>
/// The editors' own pages (pages/*.md: toegankelijkheid, over, contact, privacy) and the footer that kennisbank.yml
/// configures: the pages are built at /{name}/, linked from the footer of every page, and every mistake in them or
/// in the footer is a located error.
/// </summary>
public sealed class ContentPageTests : IDisposable
{
    private const string Config = MinimalConfig.Text + "\n" + """
        footer:
          - { label: Toegankelijkheid, page: toegankelijkheid }
          - { label: Atom-feed, url: /feed.xml }
        """;

    private readonly TestSite _site = new(Config);

    public ContentPageTests() => _site.Article("passend-onderwijs/terugkeer.md");

    public void Dispose() => _site.Dispose();

    private void Page(string name, string text)
    {
        var folder = Path.Combine(_site.Root, "pages");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text);
    }

    private const string Statement = "---\ntitle: Toegankelijkheidsverklaring\nsummary: Hoe toegankelijk de site is.\nupdated: 2026-11-01\n---\n\nWe volgen WCAG 2.1 AA. Zie ook [het artikel](/artikelen/terugkeer/).\n";

    [Fact]
    public void A_page_is_built_at_its_file_name_and_every_page_links_to_it_in_the_footer()
    {
        Page("toegankelijkheid.md", Statement);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Page("/toegankelijkheid/");
        Assert.Equal("Toegankelijkheidsverklaring", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Hoe toegankelijk de site is.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("/artikelen/terugkeer/", page.QuerySelector("main .article-body a")!.GetAttribute("href"));
        Assert.Equal("2026-11-01", page.QuerySelector(".page-updated time")!.GetAttribute("datetime"));
        foreach (var path in new[] { "/", "/artikelen/terugkeer/", "/themas/", "/404.html", "/toegankelijkheid/" })
        {
            var footer = _site.Page(path).QuerySelectorAll(".site-footer nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Contains(("Toegankelijkheid", "/toegankelijkheid/"), footer);
            Assert.Contains(("Atom-feed", "/feed.xml"), footer);
        }
    }

    [Fact]
    public void A_footer_link_to_a_missing_page_is_KB501_at_its_line_in_kennisbank_yml()
    {
        Page("toegankelijkheid-verklaring.md", Statement);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB501");

        Assert.EndsWith("kennisbank.yml", diagnostic.Path);
        Assert.Equal(11, diagnostic.Line);
        Assert.Contains("toegankelijkheid-verklaring", diagnostic.Message);
    }

    [Theory]
    [InlineData("title: Toegankelijkheid\nsummary: Kort.\nsumary: x\n", "KB121", 4)]
    [InlineData("title: Toegankelijkheid\n", "KB122", 1)]
    [InlineData("title: Ta\nsummary: Kort.\n", "KB123", 2)]
    [InlineData("title: Toegankelijkheid\nsummary: Kort.\nupdated: 2026-13-01\n", "KB108", 4)]
    public void Front_matter_mistakes_are_located_errors(string yaml, string code, int line)
    {
        Page("toegankelijkheid.md", $"---\n{yaml}---\n\nTekst.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), code);

        Assert.EndsWith("pages/toegankelijkheid.md", diagnostic.Path);
        Assert.Equal(line, diagnostic.Line);
    }

    [Fact]
    public void A_page_without_front_matter_a_bad_name_a_taken_name_or_a_broken_link_is_reported()
    {
        Page("toegankelijkheid.md", "Alleen tekst.\n");
        Page("Over Ons.md", Statement);
        Page("artikelen.md", Statement);
        Page("privacy.md", Statement.Replace("/artikelen/terugkeer/", "/artikelen/bestaat-niet/"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var found = result.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Path), d.Line)).ToList();
        Assert.Contains(("KB120", "toegankelijkheid.md", 1), found);
        Assert.Contains(("KB124", "Over Ons.md", 1), found);
        Assert.Contains(("KB124", "artikelen.md", 1), found);
        Assert.Contains(("KB301", "privacy.md", 7), found);
    }

    [Theory]
    [InlineData("  - { label: Toegankelijkheid }\n")]
    [InlineData("  - { page: toegankelijkheid }\n")]
    [InlineData("  - { label: X, page: toegankelijkheid, url: /x/ }\n")]
    [InlineData("  - { label: X, url: 'javascript:alert(1)' }\n")]
    [InlineData("  - { label: X, pagina: toegankelijkheid }\n")]
    public void A_bad_footer_entry_is_KB501_at_its_line(string entry)
    {
        using var site = new TestSite(Config + "\n" + entry);
        site.Article("a.md");

        var diagnostic = DiagnosticAssert.Single(site.Build(), "KB501");

        Assert.Equal(13, diagnostic.Line);
    }
}
