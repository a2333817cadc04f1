using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Adversarial;

/// <summary>
/// Issue 11, classes 3 and 7: an SVG attachment that could run script or load anything from elsewhere is refused
/// (KB310, at its line in the SVG) — checked against what Chromium really does with such files — and two
/// attachments with the same file name from different folders each get their own URL and their own bytes.
/// </summary>
public sealed class AttachmentSafetyTests : IDisposable
{
    private const string Svg = "xmlns=\"http://www.w3.org/2000/svg\"";

    /// <summary>Each hostile SVG and the line of its first offence.</summary>
    private static readonly Dictionary<string, (string Svg, int Line)> Hostile = new()
    {
        ["script"] = ($"<svg {Svg}>\n<script>alert('script')</script>\n</svg>", 2),
        ["onload"] = ($"<svg {Svg}\n  onload=\"alert('onload')\"/>", 2),
        ["foreignobject"] = ($"<svg {Svg}>\n<foreignObject width=\"100\" height=\"100\"><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert('fo')\"/></body></foreignObject>\n</svg>", 2),
        ["javascript-link"] = ($"<svg {Svg} width=\"100%\" height=\"100%\">\n<a href=\"javascript:alert('link')\"><rect width=\"100%\" height=\"100%\"/></a>\n</svg>", 2),
        ["html-script"] = ($"<svg {Svg}>\n<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert('html')</html:script>\n</svg>", 2),
        ["animation"] = ($"<svg {Svg}>\n<a><set attributeName=\"href\" to=\"javascript:alert('set')\"/><text y=\"20\">klik</text></a>\n</svg>", 2),
        ["external-image"] = ($"<svg {Svg}>\n<image href=\"https://example.invalid/pixel.png?leerling=1\" width=\"1\" height=\"1\"/>\n</svg>", 2),
        ["css-import"] = ($"<svg {Svg}>\n<style>@import url(https://example.invalid/x.css);</style>\n</svg>", 2),
        ["css-url"] = ($"<svg {Svg}>\n<rect style=\"fill: url(https://example.invalid/p.svg#p)\" width=\"9\" height=\"9\"/>\n</svg>", 2),
        ["css-escape"] = ($"<svg {Svg}>\n<style>rect {{ fill: \\75rl(https://example.invalid/p.svg#p) }}</style>\n</svg>", 2),
        ["doctype"] = ($"<!DOCTYPE svg [<!ENTITY geheim SYSTEM \"file:///etc/hostname\">]>\n<svg {Svg}><text>&geheim;</text></svg>", 1),
    };

    public static TheoryData<string> HostileSvgs => [.. Hostile.Keys];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [MemberData(nameof(HostileSvgs))]
    public void A_hostile_svg_is_refused_with_KB310_at_its_line_and_nothing_is_published(string name)
    {
        var (svg, line) = Hostile[name];
        _site.Write($"schema-{name}.svg", svg);
        _site.Article("nieuwbouw.md", $"De [tekening](schema-{name}.svg).\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var refusal = result.Diagnostics.First(d => d.Code == "KB310");
        Assert.All(result.Diagnostics.Where(d => d.Severity == Kennisbank.Diagnostics.Severity.Error), d => Assert.Equal("KB310", d.Code));
        Assert.EndsWith($"content/schema-{name}.svg", refusal.Path.Replace('\\', '/'));
        Assert.Equal(line, refusal.Line);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void Chromium_runs_the_hostile_svgs_when_they_are_opened_so_the_refusal_matters()
    {
        using var folder = new TempDirectory("kb-svg");
        var scripted = new[] { "script", "onload", "javascript-link", "html-script" };
        foreach (var name in scripted)
            File.WriteAllText(folder.Combine($"{name}.svg"), Hostile[name].Svg);
        File.WriteAllText(folder.Combine("external-image.svg"), Hostile["external-image"].Svg);

        using var results = NodeTool.RunJson("browser/probe-pages.js", ["--click", folder.Path, .. scripted.Select(n => $"/{n}.svg"), "/external-image.svg"]);

        foreach (var page in results.RootElement.EnumerateArray().SkipLast(1))
            Assert.True(page.GetProperty("scripts").GetArrayLength() > 0, $"{page.GetProperty("path")} ran no script: the probe does not see script");
        Assert.True(results.RootElement[scripted.Length].GetProperty("externalRequests").GetArrayLength() > 0);
    }

    [Fact]
    public void A_drawing_with_gradients_styles_metadata_and_a_link_is_published_and_runs_nothing_in_chromium()
    {
        _site.Write("plattegrond.svg", $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg {{Svg}} xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 200 100" width="200" height="100">
              <title>Plattegrond van de nieuwe vleugel</title>
              <metadata><inkscape:version>1.3</inkscape:version></metadata>
              <defs><linearGradient id="g"><stop offset="0" stop-color="#036"/><stop offset="1" stop-color="#69c"/></linearGradient></defs>
              <style>.lokaal { fill: url(#g); stroke: #000; }</style>
              <rect class="lokaal" x="10" y="10" width="80" height="80" inkscape:label="lokaal 1"/>
              <use xlink:href="#g"/>
              <a href="https://www.example.nl/"><text x="110" y="50" style="font-weight: bold">Meer</text></a>
            </svg>
            """);
        _site.Article("nieuwbouw.md", "![Plattegrond van de nieuwe vleugel](plattegrond.svg)\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var probe = NodeTool.RunJson("browser/probe-pages.js", ["--click", _site.OutputDirectory, "/artikelen/nieuwbouw/plattegrond.svg"]);
        var page = probe.RootElement[0];
        Assert.Equal(0, page.GetProperty("scripts").GetArrayLength());
        Assert.Equal(0, page.GetProperty("externalRequests").GetArrayLength());
    }

    [Fact]
    public void Two_attachments_with_one_file_name_from_different_folders_get_their_own_urls_and_bytes()
    {
        WriteBinary("a/plan.pdf", [1, 1, 1]);
        WriteBinary("b/plan.pdf", [2, 2, 2]);
        _site.Article("a/verbouwing.md", "Ons [plan](plan.pdf) en het [plan van b](../b/plan.pdf).\n");
        _site.Article("b/uitbreiding.md", "Het [plan](plan.pdf).\n", ("title", "Uitbreiding van locatie b"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = _site.Page("/artikelen/verbouwing/").QuerySelectorAll(".article-body a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Distinct().Count());
        Assert.Equal([1, 1, 1], File.ReadAllBytes(_site.OutputFile(links[0])));
        Assert.Equal([2, 2, 2], File.ReadAllBytes(_site.OutputFile(links[1])));
        var fromB = _site.Page("/artikelen/uitbreiding/").QuerySelector(".article-body a")!.GetAttribute("href")!;
        Assert.Equal([2, 2, 2], File.ReadAllBytes(_site.OutputFile(fromB)));
    }

    private void WriteBinary(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_site.ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
