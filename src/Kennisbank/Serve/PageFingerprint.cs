using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Kennisbank.Model;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Serve;

/// <summary>
/// A hash of everything a page is drawn from: its own fields, the articles and listings in its data, and a
/// site-wide part (configuration, templates, theme counts). <c>serve</c> re-renders a page only when this changes,
/// which is how one edited article re-renders its own page and the lists that show it, not the whole site.
/// </summary>
public static class PageFingerprint
{
    private static readonly ConditionalWeakTable<Article, string> FullVersions = new();
    private static readonly ConditionalWeakTable<Article, string> CardVersions = new();

    /// <summary>The page variable holding the page's own article; every other article in page data is shown as a card.</summary>
    private const string OwnArticle = "article";

    public static string Compute(PageSpec page, string siteVersion)
    {
        var text = new StringBuilder(256);
        text.Append(siteVersion).Append('|').Append(page.SitePath).Append('|').Append(page.Template).Append('|').Append(page.Layout)
            .Append('|').Append(page.Title).Append('|').Append(page.Description).Append('|').Append(page.Canonical)
            .Append('|').Append(page.FeedUrl).Append('|').Append(page.NoIndex);
        foreach (var crumb in page.Breadcrumbs)
            text.Append('|').Append(crumb.Title).Append('>').Append(crumb.Url);
        foreach (var (name, value) in page.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(name).Append('=');
            Append(text, value, withBody: name == OwnArticle);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The site-wide part: what every page shows or is drawn with.</summary>
    public static string SiteVersion(string configText, string templatesDigest, SiteModel site) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|',
            configText, templatesDigest, site.Config.BaseUrl, site.Articles.Count,
            string.Join(',', site.Themes.Select(t => $"{t.Key}:{t.Count}"))))));

    private static void Append(StringBuilder text, object? value, bool withBody = false)
    {
        switch (value)
        {
            case null: text.Append('∅'); break;
            case string s: text.Append(s); break;
            case Article article: text.Append(withBody ? FullVersions.GetValue(article, a => Version(a, true)) : CardVersions.GetValue(article, a => Version(a, false))); break;
            case TermListing listing: text.Append(listing.Key).Append(':').Append(listing.Label).Append(':').Append(listing.Description).Append(':').Append(listing.Count); break;
            case Pagination p: text.Append(p.Current).Append('/').Append(p.Total); break;
            case EmbedOffer offer: text.Append(offer.Url).Append(':').Append(offer.Title).Append(':').Append(offer.Height); break;
            case FilterOption option: text.Append(option.Label).Append(':').Append(option.Url).Append(':').Append(option.Count).Append(':').Append(option.IsCurrent); break;
            case ThemeFilters filters: Append(text, filters.All); Append(text, filters.Types); Append(text, filters.SchoolTypes); break;
            case ContentPage page:
                text.Append(page.Name).Append(':').Append(page.Title).Append(':').Append(page.Summary).Append(':').Append(page.Updated)
                    .Append(':').Append(Convert.ToHexString(SHA256.HashData(page.Body.HtmlUtf8.Span)));
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable: text.Append(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: throw new InvalidOperationException($"cannot fingerprint page data of type {value.GetType().Name}");
        }
    }

    // Cards (lists, related articles) show metadata only, so an edit to an article's body re-renders its own page
    // and nothing else; a template that shows other articles' bodies would need the full version here.
    private static string Version(Article a, bool withBody)
    {
        var text = string.Join('\u001f', a.Slug, a.Title, a.Summary, a.Theme.Key, a.Type.Key, a.Region?.Key, a.School,
            string.Join(',', a.SchoolTypes.Select(s => s.Key)), string.Join(',', a.Tags.Select(t => t.Label)),
            string.Join(',', a.Authors), a.Date, a.Updated, string.Join(',', a.Links.Select(l => l.Title + " " + l.Url)));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        if (withBody && a.Body is { } body)
        {
            hash.AppendData([0x1f]);
            hash.AppendData(body.HtmlUtf8.Span);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
