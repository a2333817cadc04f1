using System.Xml;
using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// Atom feeds: <c>/feed.xml</c> with all articles and <c>/themas/{thema}/feed.xml</c> per theme. The feed's
/// <c>updated</c> is the newest article change, not the build time, so the same content gives the same bytes.
/// </summary>
public sealed class AtomFeedExporter : IExporter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        yield return Feed(site, "/feed.xml", SitePaths.Home, site.Config.Title, site.Articles);
        foreach (var theme in site.Themes)
            yield return Feed(site, SitePaths.ThemeFeed(theme.Key), theme.Url, $"{theme.Label} — {site.Config.Title}", theme.Articles);
    }

    private static GeneratedFile Feed(SiteModel site, string path, string pagePath, string title, IReadOnlyList<Article> articles)
    {
        var config = site.Config;
        var updated = articles.Count == 0 ? new DateOnly(2000, 1, 1) : articles.Max(a => a.LastChanged);
        return new GeneratedFile(path, () => XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "nl");
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("subtitle", Atom, config.Description);
            xml.WriteElementString("id", Atom, Urls.Absolute(config, path));
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, "self", Urls.Absolute(config, path), "application/atom+xml");
            Link(xml, "alternate", Urls.Absolute(config, pagePath), "text/html");
            foreach (var article in articles)
                Entry(xml, site, article);
            xml.WriteEndElement();
        }), "feed");
    }

    private static void Entry(XmlWriter xml, SiteModel site, Article article)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, article.Title);
        xml.WriteElementString("id", Atom, Urls.Absolute(site.Config, article.Url));
        Link(xml, "alternate", Urls.Absolute(site.Config, article.Url), "text/html");
        xml.WriteElementString("published", Atom, Timestamp(article.Date));
        xml.WriteElementString("updated", Atom, Timestamp(article.LastChanged));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, article.Authors.Count > 0 ? string.Join(", ", article.Authors) : site.Config.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", article.Theme.Key);
        xml.WriteAttributeString("label", article.Theme.Label);
        xml.WriteEndElement();
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(article.Summary);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => DutchDates.Iso(date) + "T00:00:00Z";
}
