using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>
/// Every theme page offers its partner embed: an iframe snippet to copy, with a height at which the embed's list fits
/// without scrolling or being cut off, on a phone as on a desktop (checked in Chromium at those widths).
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed partial class EmbedOfferTests(StarterSite site)
{
    [Fact]
    public void Every_theme_page_offers_a_copyable_iframe_of_its_embed()
    {
        var themes = site.Page("/themas/").QuerySelectorAll(".term-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, themes.Count);
        foreach (var theme in themes)
        {
            var page = site.Page(theme);
            var code = page.QuerySelector(".embed-offer textarea#kb-embed-code[readonly]")!;
            Assert.Equal("HTML-code om in je eigen pagina te plakken", page.QuerySelector("label[for='kb-embed-code']")!.TextContent);
            var iframe = new HtmlParser().ParseFragment(code.TextContent, page.Body!).OfType<AngleSharp.Dom.IElement>().Single();
            Assert.Equal("IFRAME", iframe.TagName);
            Assert.Equal($"https://kennisbank.example.nl/embed{theme}", iframe.GetAttribute("src"));
            Assert.StartsWith("Nieuwste artikelen over ", iframe.GetAttribute("title"));
            Assert.NotNull(page.QuerySelector($".embed-offer a[href='/embed{theme}']"));
            Assert.NotNull(page.QuerySelector(".embed-offer button.copy-button[hidden][data-copy='kb-embed-code']"));
        }

        Assert.Null(site.Page("/soorten/handreiking/").QuerySelector(".embed-offer"));
    }

    [Theory]
    [InlineData(288)]
    [InlineData(343)]
    [InlineData(1100)]
    public void The_suggested_height_fits_the_embed_at_any_width(int width)
    {
        foreach (var theme in new[] { "/themas/passend-onderwijs/", "/themas/professionele-schoolorganisatie/" })
        {
            var snippet = site.Page(theme).QuerySelector("#kb-embed-code")!.TextContent;
            var height = int.Parse(Height().Match(snippet).Groups[1].Value);
            using var result = NodeTool.RunJson("browser/layout-pages.js", [site.OutputDirectory, "/", width.ToString(), height.ToString(), "/embed" + theme]);
            var page = result.RootElement[0];
            Assert.True(page.GetProperty("scrollHeight").GetInt32() <= height, $"{theme} at {width} px needs {page.GetProperty("scrollHeight")} px, the snippet gives {height}");
            Assert.False(page.GetProperty("scrollsSideways").GetBoolean());
        }
    }

    [GeneratedRegex("height=\"(\\d+)\"")]
    private static partial Regex Height();
}
