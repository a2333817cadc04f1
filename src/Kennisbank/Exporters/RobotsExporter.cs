using System.Text;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary><c>/robots.txt</c>: everything may be indexed; points crawlers at the sitemap.</summary>
public sealed class RobotsExporter : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {Urls.Absolute(site.Config, "/sitemap.xml")}\n";
        yield return new GeneratedFile("/robots.txt", Encoding.UTF8.GetBytes(text), "robots.txt");
    }
}
