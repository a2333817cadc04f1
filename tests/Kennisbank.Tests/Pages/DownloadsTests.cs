using Kennisbank.Rendering;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>An article's downloads listed under "Bijlagen" with their type, size and, for a PDF, the number of pages.</summary>
public sealed class DownloadsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Downloads_show_type_size_and_pdf_pages_and_images_are_not_listed()
    {
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj\n%%EOF\n";
        _site.Write("passend-onderwijs/plan.pdf", pdf);
        File.WriteAllBytes(Path.Combine(_site.ContentDirectory, "passend-onderwijs", "begroting.xlsx"), new byte[84_321]);
        File.Copy(Path.Combine(RepoPaths.Content, "passend-onderwijs", "terugkeer-in-vier-fasen.svg"), Path.Combine(_site.ContentDirectory, "passend-onderwijs", "schema.svg"));
        _site.Article("passend-onderwijs/terugkeer.md",
            "Zie [het plan](plan.pdf), [de begroting](begroting.xlsx) en nog eens [het plan](plan.pdf).\n\n![Schema van de fasen](schema.svg)\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var items = _site.Page("/artikelen/terugkeer/").QuerySelectorAll(".downloads li")
            .Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".file-info")!.TextContent.Trim())).ToList();
        Assert.Equal(
            [("/artikelen/terugkeer/plan.pdf", $"PDF, {DownloadInfo.FormatSize(pdf.Length)}, 3 pagina's"), ("/artikelen/terugkeer/begroting.xlsx", "Excel, 84 kB")],
            items);
    }

    [Theory]
    [InlineData(840, "840 bytes")]
    [InlineData(1_499, "1 kB")]
    [InlineData(84_321, "84 kB")]
    [InlineData(2_450_000, "2,5 MB")]
    public void Sizes_read_as_a_file_manager_shows_them(long bytes, string expected) =>
        Assert.Equal(expected, DownloadInfo.FormatSize(bytes));
}
