using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Up to five related articles per article: the editor's explicit <c>related</c> first, then the articles that
/// share the most tags (2 points each), the theme (1 point) and school types (½ point each); ties go to the
/// newer article, then the slug, so the choice is deterministic. Candidates come from a tag and theme index
/// rather than comparing every pair, which keeps this linear enough for 10,000 articles.
/// </summary>
public static class RelatedArticles
{
    public const int Maximum = 5;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> newestFirst)
    {
        var position = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < newestFirst.Count; i++)
            position[newestFirst[i]] = i;
        var bySlug = newestFirst.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var byTag = Index(newestFirst, a => a.Tags.Select(t => t.Slug));
        var byTheme = Index(newestFirst, a => [a.Theme.Key]);

        var result = new IReadOnlyList<Article>[newestFirst.Count];
        Parallel.For(0, newestFirst.Count, i =>
        {
            var article = newestFirst[i];
            var chosen = article.RelatedSlugs
                .Select(r => bySlug.GetValueOrDefault(r.Value))
                .OfType<Article>()
                .Where(r => r != article)
                .Distinct()
                .Take(Maximum)
                .ToList();
            if (chosen.Count < Maximum)
                chosen.AddRange(BestScored(article, byTag, byTheme, position, chosen).Take(Maximum - chosen.Count));
            result[i] = chosen;
        });

        return Enumerable.Range(0, newestFirst.Count).ToDictionary(i => newestFirst[i].Slug, i => result[i], StringComparer.Ordinal);
    }

    private static IEnumerable<Article> BestScored(Article article, Dictionary<string, List<Article>> byTag,
        Dictionary<string, List<Article>> byTheme, Dictionary<Article, int> position, List<Article> exclude)
    {
        var scores = new Dictionary<Article, double>(ReferenceEqualityComparer.Instance);
        foreach (var tag in article.Tags)
        {
            foreach (var other in byTag[tag.Slug])
                scores[other] = scores.GetValueOrDefault(other) + 2;
        }

        foreach (var other in byTheme[article.Theme.Key])
            scores[other] = scores.GetValueOrDefault(other) + 1;

        scores.Remove(article);
        foreach (var excluded in exclude)
            scores.Remove(excluded);
        foreach (var other in scores.Keys.ToList())
            scores[other] += 0.5 * other.SchoolTypes.Count(s => article.SchoolTypes.Contains(s));

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => position[kv.Key])
            .Take(Maximum)
            .Select(kv => kv.Key);
    }

    private static Dictionary<string, List<Article>> Index(IReadOnlyList<Article> articles, Func<Article, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var key in keys(article))
            {
                if (!index.TryGetValue(key, out var list))
                    index[key] = list = [];
                list.Add(article);
            }
        }

        return index;
    }
}
