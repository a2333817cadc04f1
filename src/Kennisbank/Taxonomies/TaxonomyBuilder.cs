using Kennisbank.Configuration;
using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Stage 5: groups the articles by theme, type, school type, region and tag. Configured taxonomies keep the
/// order of kennisbank.yml (and show empty values, so a theme page exists before its first article);
/// tags appear only when used.
/// </summary>
public static class TaxonomyBuilder
{
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Article> articles)
    {
        var sorted = articles.ToList();
        sorted.Sort(Article.NewestFirst);

        return new SiteModel
        {
            Config = config,
            Articles = sorted,
            Themes = Listings(config.Themes, sorted, a => [a.Theme.Key], SitePaths.Theme),
            Types = Listings(config.Types, sorted, a => [a.Type.Key], SitePaths.Type),
            SchoolTypes = Listings(config.SchoolTypes, sorted, a => a.SchoolTypes.Select(s => s.Key), SitePaths.SchoolType),
            Regions = Listings(config.Regions, sorted, a => a.Region is null ? [] : [a.Region.Key], SitePaths.Region),
            Tags = TagListings(sorted),
            Related = RelatedArticles.Compute(sorted),
        };
    }

    private static IReadOnlyList<TermListing> Listings(Taxonomy taxonomy, IReadOnlyList<Article> sorted,
        Func<Article, IEnumerable<string>> keysOf, Func<string, string> url)
    {
        var byKey = taxonomy.Keys.ToDictionary(k => k, _ => new List<Article>(), StringComparer.Ordinal);
        foreach (var article in sorted)
        {
            foreach (var key in keysOf(article))
                byKey[key].Add(article);
        }

        return taxonomy.Terms.Select(t => new TermListing(t.Key, t.Label, t.Description, url(t.Key), byKey[t.Key])).ToList();
    }

    private static IReadOnlyList<TermListing> TagListings(IReadOnlyList<Article> sorted)
    {
        var bySlug = new Dictionary<string, (List<Article> Articles, Dictionary<string, int> Labels)>(StringComparer.Ordinal);
        foreach (var article in sorted)
        {
            foreach (var tag in article.Tags)
            {
                if (!bySlug.TryGetValue(tag.Slug, out var entry))
                    bySlug[tag.Slug] = entry = ([], new Dictionary<string, int>(StringComparer.Ordinal));
                entry.Articles.Add(article);
                entry.Labels[tag.Label] = entry.Labels.GetValueOrDefault(tag.Label) + 1;
            }
        }

        // Editors may write "Thuiszitters" and "thuiszitters": the page shows the spelling used most.
        return bySlug
            .Select(kv => new TermListing(kv.Key, MostUsed(kv.Value.Labels), null, SitePaths.Tag(kv.Key), kv.Value.Articles))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static string MostUsed(Dictionary<string, int> labels) =>
        labels.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
}
