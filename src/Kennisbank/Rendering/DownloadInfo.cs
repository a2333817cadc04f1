using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Markdown;
using Kennisbank.Model;

namespace Kennisbank.Rendering;

/// <summary>
/// A download of an article (not an image) as "Bijlagen" lists it: the file, its type in words, its size and, for a PDF
/// whose page tree is readable without decompressing, its number of pages. A PDF that keeps its page tree in a
/// compressed object stream simply shows no page count.
/// </summary>
public sealed partial record DownloadInfo(string Name, string Url, string Type, string Size, int? Pages)
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".pdf"] = "PDF", [".docx"] = "Word", [".xlsx"] = "Excel", [".pptx"] = "PowerPoint",
        [".odt"] = "OpenDocument-tekst", [".ods"] = "OpenDocument-rekenblad",
    };

    public static IReadOnlyList<DownloadInfo> Of(Article article) => Of(article.Body?.Attachments ?? []);

    /// <summary>The downloads of an editors' page (pages/*.md), listed as an article's are.</summary>
    public static IReadOnlyList<DownloadInfo> Of(Pages.ContentPage page) => Of(page.Body.Attachments);

    private static IReadOnlyList<DownloadInfo> Of(IReadOnlyList<Attachment> attachments) =>
        attachments
            .Where(a => Types.ContainsKey(Path.GetExtension(a.SitePath).ToLowerInvariant()))
            .DistinctBy(a => a.SitePath)
            .Select(Describe)
            .ToList();

    private static DownloadInfo Describe(Attachment attachment)
    {
        var extension = Path.GetExtension(attachment.SitePath).ToLowerInvariant();
        var bytes = AttachmentFiles.Length(attachment.SourcePath);
        return new DownloadInfo(Path.GetFileName(attachment.SitePath), attachment.SitePath,
            Types[extension], FormatSize(bytes), extension == ".pdf" ? PdfPages(attachment.SourcePath, bytes) : null);
    }

    /// <summary>"840 bytes", "84 kB", "1,2 MB": decimal units, as file managers show them.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} bytes",
        < 1_000_000 => $"{Math.Max(1, (int)Math.Round(bytes / 1000.0))} kB",
        // Dutch decimal comma; culture data is not available when .NET runs in invariant mode.
        _ => (bytes / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " MB",
    };

    // The root of the page tree carries the total as /Count; nested nodes carry smaller counts, so the largest is it.
    private static int? PdfPages(string path, long bytes)
    {
        if (bytes > 20_000_000)
            return null;
        var text = Encoding.Latin1.GetString(AttachmentFiles.ReadAllBytes(path));
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal))
            return null;
        var counts = PageCount().Matches(text).Select(m => int.TryParse(m.Groups[1].ValueSpan, out var n) ? n : 0).ToList();
        return counts.Count > 0 && counts.Max() > 0 ? counts.Max() : null;
    }

    [GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")]
    private static partial Regex PageCount();
}
