using Kennisbank.Markdown;
using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// Copies the images and downloads articles and the editors' pages use to their site paths (<see cref="Attachment"/>),
/// byte for byte; a file several articles link to is published once.
/// </summary>
public sealed class AttachmentExporter : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages) =>
        site.Articles
            .SelectMany(article => (article.Body?.Attachments ?? []).Select(attachment => (Owner: article.SourcePath, attachment)))
            .Concat(pages.Select(page => page.Data.GetValueOrDefault("content_page")).OfType<ContentPage>()
                .SelectMany(page => page.Body.Attachments.Select(attachment => (Owner: page.At.Path, attachment))))
            .DistinctBy(pair => (pair.attachment.SitePath, pair.attachment.SourcePath))
            .Select(pair => new GeneratedFile(pair.attachment.SitePath,
                () => AttachmentFiles.ReadAllBytes(pair.attachment.SourcePath), $"bijlage van {pair.Owner}"));
}
