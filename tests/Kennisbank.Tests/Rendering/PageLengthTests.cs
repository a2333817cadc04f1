using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Rendering;

/// <summary>
/// Scriban cuts a render off with "..." after a million characters by default, and counts across all renders of a
/// context unless it is reset. Pages render into per-thread contexts, so both a single long page and many ordinary
/// pages in a row must come out whole.
/// </summary>
public sealed class PageLengthTests : IDisposable
{
    private const string Paragraph =
        "De zorgcoördinator bespreekt elke week met de mentoren welke leerlingen extra ondersteuning nodig hebben, " +
        "legt de afspraken vast in het ontwikkelingsperspectiefplan en koppelt terug aan ouders en het samenwerkingsverband.";

    private readonly TestSite _site = new();

    [Fact]
    public void An_article_page_longer_than_a_million_characters_is_written_whole()
    {
        var paragraphs = Enumerable.Range(1, 6000).Select(i => $"Alinea {i}. {Paragraph}");
        _site.Article("lang-verslag.md", string.Join("\n\n", paragraphs) + "\n");

        Assert.True(_site.Build().Succeeded);

        Assert.True(new FileInfo(_site.OutputFile("/artikelen/lang-verslag/")).Length > 1_200_000);
        var page = _site.Page("/artikelen/lang-verslag/");
        var body = page.QuerySelectorAll(".article-body p");
        Assert.Equal(6000, body.Length);
        Assert.StartsWith("Alinea 6000.", body[^1].TextContent);
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public void Hundreds_of_pages_rendered_in_a_row_all_end_with_the_footer()
    {
        var body = string.Join("\n\n", Enumerable.Repeat(Paragraph, 40)) + "\n";
        for (var i = 0; i < 300; i++)
            _site.Article($"artikel-{i:000}.md", body, ("title", $"Ondersteuning in de praktijk, deel {i}"));

        Assert.True(_site.Build().Succeeded);

        for (var i = 0; i < 300; i++)
        {
            var page = _site.Page($"/artikelen/artikel-{i:000}/");
            Assert.Equal(40, page.QuerySelectorAll(".article-body p").Length);
            Assert.NotNull(page.QuerySelector("footer.site-footer"));
        }
    }

    public void Dispose() => _site.Dispose();
}
