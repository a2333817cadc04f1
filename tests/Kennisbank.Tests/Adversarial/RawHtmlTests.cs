using Kennisbank.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, class 4: raw HTML in an article may not load anything from another site nor lay itself over the page.
/// Each such part is dropped with a warning at its line (KB311, KB312), and the page, opened in Chromium, makes no
/// request outside the site and has nothing of the article positioned over it.
/// </summary>
public sealed class RawHtmlTests : IDisposable
{
    // One offence per line, so each warning can be checked against its line (the body starts on line 8).
    private static readonly (string Html, string Code)[] Offences =
    [
        ("<p><img src=\"https://volg.example/pixel.gif?leerling=1\" alt=\"\"></p>", "KB311"),
        ("<p style=\"background: url(https://volg.example/achtergrond.png)\">Achtergrond</p>", "KB311"),
        ("<p><img srcset=\"https://volg.example/groot.png 2x\" src=\"/assets/favicon.svg\" alt=\"logo\"></p>", "KB311"),
        ("<link rel=\"stylesheet\" href=\"https://volg.example/stijl.css\">", "KB311"),
        ("<object data=\"https://volg.example/film.swf\"></object>", "KB311"),
        ("<video poster=\"https://volg.example/poster.png\" src=\"https://volg.example/film.mp4\"></video>", "KB311"),
        ("<style>@import url(https://volg.example/meer.css); body { display: none }</style>", "KB311"),
        ("<table background=\"https://volg.example/tabel.png\"><tr><td>cel</td></tr></table>", "KB311"),
        ("<p style=\"background-image: image-set('https://volg.example/set.png' 1x)\">Set</p>", "KB311"),
        ("<p style=\"background-image: \\75rl(https://volg.example/escape.png)\">Ontsnapt</p>", "KB311"),
        ("<div style=\"position: fixed; inset: 0; width: 100%; height: 100%; background: #fff\">Je sessie is verlopen: log opnieuw in</div>", "KB312"),
        ("<div style=\"z-index: 9999\">Bovenop</div>", "KB312"),
        ("<p style=\"transform: scale(40)\">Heel groot</p>", "KB312"),
        ("<p><span style=\"position: sticky; top: 0\">Plakt</span> in een alinea.</p>", "KB312"),
        ("<div style=\"margin-top: -3000px; height: 4000px; background: #fff\">Over de kop heen</div>", "KB312"),
    ];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_part_that_loads_from_elsewhere_or_covers_the_page_is_dropped_with_a_warning_at_its_line()
    {
        var file = Build();

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        for (var i = 0; i < Offences.Length; i++)
        {
            var line = 8 + 2 * i;
            Assert.True(result.Diagnostics.Any(d => d.Code == Offences[i].Code && d.Line == line && d.Severity == Severity.Warning
                                                    && Path.GetFullPath(d.Path) == file),
                $"no {Offences[i].Code} at line {line} for {Offences[i].Html}:\n{string.Join("\n", result.Diagnostics)}");
        }

        var body = _site.Page("/artikelen/lokker/").QuerySelector(".article-body")!;
        Assert.DoesNotContain("volg.example", body.InnerHtml);
        Assert.Contains("Je sessie is verlopen", body.TextContent);
    }

    [Fact]
    public void In_chromium_the_page_makes_no_external_request_and_nothing_of_the_article_covers_it()
    {
        Build();
        Assert.True(_site.Build().Succeeded);

        using var probe = NodeTool.RunJson("browser/probe-pages.js", [_site.OutputDirectory, "/artikelen/lokker/"]);

        var page = probe.RootElement[0];
        Assert.True(page.GetProperty("externalRequests").GetArrayLength() == 0, page.GetProperty("externalRequests").ToString());
        Assert.True(page.GetProperty("positioned").GetArrayLength() == 0, page.GetProperty("positioned").ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("covering").ValueKind);
    }

    [Fact]
    public void Links_to_other_sites_and_local_images_in_raw_html_stay()
    {
        _site.Article("gewoon.md", "<p><a href=\"https://www.rijksoverheid.nl/\">Rijksoverheid</a> <img src=\"/assets/favicon.svg\" alt=\"logo\" style=\"width: 2em\"></p>\n");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "KB311" or "KB312");
        var body = _site.Page("/artikelen/gewoon/").QuerySelector(".article-body")!;
        Assert.NotNull(body.QuerySelector("a[href='https://www.rijksoverheid.nl/']"));
        Assert.NotNull(body.QuerySelector("img[src='/assets/favicon.svg']"));
    }

    private string Build() =>
        Path.GetFullPath(_site.Article("lokker.md", string.Join("\n\n", Offences.Select(o => o.Html)) + "\n"));
}
