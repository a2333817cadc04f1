using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// An article as it prints in Chromium (emulateMedia print, A4): every link of the text and of "Meer informatie"
/// prints its address, the source line with the article's URL stands on page 1, and the tags are left off.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed class PrintTests(StarterSite site)
{
    [Theory]
    [InlineData("/artikelen/thuiszitters-terug-naar-school/")]
    [InlineData("/artikelen/monitoring-sociale-veiligheid/")]
    public void Printed_links_show_their_address_and_the_source_is_on_page_1(string path)
    {
        using var result = NodeTool.RunJson("browser/print-article.js", [site.OutputDirectory, "/", path]);
        var root = result.RootElement;

        var links = root.GetProperty("links").EnumerateArray().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var href = link.GetProperty("href").GetString()!;
            if (!href.StartsWith('#'))
                Assert.Equal($"\" ({href})\"", link.GetProperty("after").GetString());
        }

        Assert.False(root.GetProperty("tagsPrinted").GetBoolean(), "the tags print");
        var source = root.GetProperty("source");
        Assert.True(source.GetProperty("shown").GetBoolean(), "the source line does not print");
        Assert.Contains("https://kennisbank.example.nl" + path, source.GetProperty("text").GetString());
        // An A4 page is 1123 CSS pixels high; Chromium's default print margins take about 77 of them.
        Assert.InRange(source.GetProperty("bottom").GetDouble(), 1, 1123 - 77);
    }
}
