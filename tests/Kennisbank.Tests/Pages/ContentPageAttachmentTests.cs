using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Pages;

/// <summary>
/// Files an editors' page links to (a form beside pages/privacy.md) are attachments as an article's are: published
/// under the page's URL, listed under "Bijlagen" with their type and size, and a missing file or one outside pages/
/// is a located error.
/// </summary>
public sealed class ContentPageAttachmentTests : IDisposable
{
    private readonly TestSite _site = new(MinimalConfig.Text);

    public ContentPageAttachmentTests() => _site.Article("passend-onderwijs/terugkeer.md");

    public void Dispose() => _site.Dispose();

    private void Page(string body)
    {
        var folder = Path.Combine(_site.Root, "pages");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "privacy.md"), $"---\ntitle: Privacyverklaring\nsummary: Wat we met gegevens doen.\n---\n\n{body}\n");
    }

    private static readonly byte[] Form = "%PDF-1.4\n% inzageverzoek\n"u8.ToArray();

    [Fact]
    public void A_file_beside_the_page_is_published_under_its_url_and_listed_with_type_and_size()
    {
        Page("Vraag je gegevens op met [het formulier](inzageverzoek.pdf).");
        File.WriteAllBytes(Path.Combine(_site.Root, "pages", "inzageverzoek.pdf"), Form);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Form, File.ReadAllBytes(_site.OutputFile("/privacy/inzageverzoek.pdf")));
        var page = _site.Page("/privacy/");
        Assert.Equal("/privacy/inzageverzoek.pdf", page.QuerySelector("main .article-body a")!.GetAttribute("href"));
        var download = page.QuerySelector("main .downloads li")!;
        Assert.Equal("/privacy/inzageverzoek.pdf", download.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.StartsWith("PDF, ", download.QuerySelector(".file-info")!.TextContent);
    }

    [Fact]
    public void A_missing_file_is_KB302_at_the_link_with_a_suggestion()
    {
        Page("Vraag je gegevens op met [het formulier](inzageverzoeck.pdf).");
        File.WriteAllBytes(Path.Combine(_site.Root, "pages", "inzageverzoek.pdf"), Form);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB302");

        Assert.EndsWith("pages/privacy.md", diagnostic.Path);
        Assert.Equal(6, diagnostic.Line);
        DiagnosticAssert.Mentions(diagnostic, "inzageverzoek.pdf");
    }

    [Fact]
    public void A_file_outside_pages_is_KB302()
    {
        Page("Zie [de checklist](../content/passend-onderwijs/checklist.pdf).");
        File.WriteAllBytes(Path.Combine(_site.ContentDirectory, "passend-onderwijs", "checklist.pdf"), Form);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB302");

        Assert.EndsWith("pages/privacy.md", diagnostic.Path);
        DiagnosticAssert.Mentions(diagnostic, "ligt buiten de map ");
        Assert.EndsWith("pages/", diagnostic.Message);
    }
}
