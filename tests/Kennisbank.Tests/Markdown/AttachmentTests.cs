using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Markdown;

/// <summary>Images and downloads beside an article: copied under its URL, sized, alt text required, nothing external.</summary>
public sealed class AttachmentTests : IDisposable
{
    // A 3×2 PNG: signature, then the IHDR chunk with width and height (the rest of the file does not matter for sizing).
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
        0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0, 0, 0, 0, 0,
    ];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string WriteBinary(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_site.ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Images_and_downloads_are_copied_under_the_article_url_and_images_get_their_size()
    {
        WriteBinary("huisvesting/plattegrond.png", Png);
        WriteBinary("huisvesting/bijlagen/begroting.xlsx", [1, 2, 3]);
        _site.Write("huisvesting/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><title>x</title></svg>");
        _site.Article("huisvesting/nieuwbouw.md",
            "![Plattegrond van de nieuwe vleugel](plattegrond.png)\n\n![Schema](schema.svg)\n\nDe [begroting](bijlagen/begroting.xlsx) staat klaar.\n");

        var result = _site.Build(baseUrl: "https://kb.example.nl/vo/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Page("/artikelen/nieuwbouw/");
        var images = page.QuerySelectorAll(".article-body img");
        Assert.Equal("/vo/artikelen/nieuwbouw/plattegrond.png", images[0].GetAttribute("src"));
        Assert.Equal(("3", "2"), (images[0].GetAttribute("width"), images[0].GetAttribute("height")));
        Assert.Equal("Plattegrond van de nieuwe vleugel", images[0].GetAttribute("alt"));
        Assert.Equal(("640", "360"), (images[1].GetAttribute("width"), images[1].GetAttribute("height")));
        Assert.Equal("/vo/artikelen/nieuwbouw/bijlagen/begroting.xlsx", page.QuerySelector(".article-body a")!.GetAttribute("href"));
        Assert.Equal(Png, File.ReadAllBytes(_site.OutputFile("/artikelen/nieuwbouw/plattegrond.png")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(_site.OutputFile("/artikelen/nieuwbouw/bijlagen/begroting.xlsx")));
    }

    [Fact]
    public void A_missing_file_is_an_error_at_the_link_with_a_suggestion()
    {
        WriteBinary("huisvesting/plattegrond.png", Png);
        _site.Article("huisvesting/nieuwbouw.md", "Tekst.\n\n![Plattegrond](plategrond.png)\n");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB302");
        Assert.Equal((10, 1), (error.Line, error.Column)); // 7 lines of front matter, then "Tekst.", a blank line, the image
        Assert.Contains("Bedoelde je 'plattegrond.png'?", error.Message);
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error()
    {
        WriteBinary("plattegrond.png", Png);
        _site.Article("nieuwbouw.md", "![](plattegrond.png)\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "KB303" && d.Line == 8); // the first body line, after 7 lines of front matter
    }

    [Fact]
    public void An_image_from_another_site_is_an_error_because_the_site_makes_no_external_requests()
    {
        _site.Article("nieuwbouw.md", "![Logo](https://example.com/logo.png)\n");

        Assert.Contains(_site.Build().Diagnostics, d => d.Code == "KB304");
    }

    [Fact]
    public void Unsupported_or_escaping_files_are_errors()
    {
        _site.Write("script.sh", "echo hoi");
        _site.Article("nieuwbouw.md", "[script](script.sh) en [geheim](../../etc/passwd.pdf)\n");

        var codes = _site.Build().Diagnostics.Select(d => d.Code).ToList();

        Assert.Contains("KB305", codes);
        Assert.Contains("KB302", codes);
    }
}
