using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// A post-processing stage that turns the finished site model into extra files (feeds, sitemap, API, search
/// index). Each exporter stands alone and can be tested alone.
/// </summary>
public interface IExporter
{
    IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages);
}
