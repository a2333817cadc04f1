using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// What an editor writes can never become active markup on a page: raw HTML in Markdown is sanitized and
/// front matter values are HTML-encoded. Checked in the parsed DOM of the built article page.
/// </summary>
public sealed class HtmlSafetyTests : IDisposable
{
    private const string RawHtmlBody = """
        Een alinea met <em>nadruk</em> en <strong>vet</strong>.

        <script>alert('script')</script>

        <p onclick="alert('klik')">Klik op deze alinea.</p>

        <p><a href="javascript:alert('link')">Een gevaarlijke link</a> en <a href="https://example.org/">een gewone</a>.</p>

        <iframe src="https://evil.example/"></iframe>

        <img src="https://example.org/x.png" onerror="alert('img')" alt="plaatje">
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Script_elements_in_raw_html_do_not_survive()
    {
        var page = BuildArticle(RawHtmlBody);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("alert('script')", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public void Event_handler_attributes_in_raw_html_do_not_survive()
    {
        var page = BuildArticle(RawHtmlBody);

        Assert.Empty(page.QuerySelectorAll("[onclick], [onerror]"));
        Assert.Contains("Klik op deze alinea.", Body(page).TextContent);
    }

    [Fact]
    public void Javascript_urls_in_raw_html_links_do_not_survive()
    {
        var page = BuildArticle(RawHtmlBody);

        Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(Body(page).QuerySelector("a[href='https://example.org/']"));
    }

    [Fact]
    public void Iframes_in_raw_html_do_not_survive()
    {
        var page = BuildArticle(RawHtmlBody);

        Assert.Empty(page.QuerySelectorAll("iframe"));
    }

    [Fact]
    public void Harmless_inline_html_survives()
    {
        var page = BuildArticle(RawHtmlBody);

        Assert.Equal("nadruk", Body(page).QuerySelector("em")?.TextContent);
        Assert.Equal("vet", Body(page).QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void Markup_in_a_title_is_shown_as_text()
    {
        const string title = "<script>alert(1)</script> en meer";

        var page = BuildArticle("Tekst.\n", ("title", "\"<script>alert(1)</script> en meer\""));

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.StartsWith(title, page.Title);
    }

    [Fact]
    public void Markup_in_a_summary_and_tags_is_shown_as_text()
    {
        var page = BuildArticle("Tekst.\n",
            ("summary", "\"Samenvatting met <img src=x onerror=alert(1)>\""),
            ("tags", "[\"<b>vet</b>\"]"));

        Assert.Equal("Samenvatting met <img src=x onerror=alert(1)>", page.QuerySelector(".lead")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".tags a"), a => a.TextContent == "<b>vet</b>");
        Assert.Empty(page.QuerySelectorAll("main img, .tags b, [onerror]"));
    }

    private AngleSharp.Dom.IDocument BuildArticle(string body, params (string Key, string? Value)[] matter)
    {
        _site.Article("artikel.md", body, matter);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return _site.Page("/artikelen/artikel/");
    }

    private static AngleSharp.Dom.IElement Body(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector(".article-body") ?? throw new InvalidOperationException("no .article-body on the page");
}
