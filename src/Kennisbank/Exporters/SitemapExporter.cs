using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary><c>/sitemap.xml</c>: every indexable page, sorted by URL; articles carry their last change.</summary>
public sealed class SitemapExporter : IExporter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        var lastChanged = site.Articles.ToDictionary(a => a.Url, a => a.LastChanged, StringComparer.Ordinal);
        yield return new GeneratedFile("/sitemap.xml", () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => !p.NoIndex).OrderBy(p => p.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, Urls.Absolute(site.Config, page.SitePath));
                if (lastChanged.TryGetValue(page.SitePath, out var date))
                    xml.WriteElementString("lastmod", Namespace, DutchDates.Iso(date));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }), "sitemap");
    }
}
