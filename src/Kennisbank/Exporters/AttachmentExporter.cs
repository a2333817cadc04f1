using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>Copies the images and downloads an article uses to <c>/artikelen/{slug}/…</c>, byte for byte.</summary>
public sealed class AttachmentExporter : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        foreach (var article in site.Articles)
        {
            foreach (var attachment in (article.Body?.Attachments ?? []).DistinctBy(a => a.RelativePath))
                yield return new GeneratedFile(SitePaths.Article(article.Slug) + attachment.RelativePath,
                    () => File.ReadAllBytes(attachment.SourcePath), $"bijlage van {article.SourcePath}");
        }
    }
}
