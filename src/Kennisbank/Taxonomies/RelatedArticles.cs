using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Up to five related articles per article: the editor's explicit <c>related</c> first, then by the number of shared
/// tags, then the same theme, then the number of shared school types; ties go to the newer article, then the slug,
/// so the choice is deterministic. Candidates come from a tag and theme index and are scored in a plain array per
/// thread, which keeps this near-linear for 10,000 articles.
/// </summary>
public static class RelatedArticles
{
    public const int Maximum = 5;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> newestFirst)
    {
        var count = newestFirst.Count;
        var bySlug = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            bySlug[newestFirst[i].Slug] = i;
        var schoolTypeBits = newestFirst.SelectMany(a => a.SchoolTypes).Select(s => s.Key).Distinct().Order(StringComparer.Ordinal)
            .Select((key, bit) => (key, bit)).ToDictionary(x => x.key, x => 1 << (x.bit % 32), StringComparer.Ordinal);
        var schoolTypeMasks = newestFirst.Select(a => a.SchoolTypes.Aggregate(0, (mask, s) => mask | schoolTypeBits[s.Key])).ToArray();
        var byTag = Index(newestFirst, a => a.Tags.Select(t => t.Slug));
        var byTheme = Index(newestFirst, a => [a.Theme.Key]);
        var themeKeys = newestFirst.Select(a => a.Theme.Key).ToArray();

        var result = new IReadOnlyList<Article>[count];
        // Weights make the order lexicographic: a shared tag (16) outweighs the theme (8), which outweighs any number
        // of shared school types (1 each, at most 5).
        // Per thread, reused for every article: a score per article and the list of those that got one.
        using var scores = new ThreadLocal<int[]>(() => new int[count]);
        using var touchedLists = new ThreadLocal<List<int>>(() => new List<int>(count));
        Parallel.For(0, count, i =>
        {
            var article = newestFirst[i];
            var chosen = new List<int>(Maximum);
            foreach (var related in article.RelatedSlugs)
            {
                if (bySlug.TryGetValue(related.Value, out var index) && index != i && !chosen.Contains(index) && chosen.Count < Maximum)
                    chosen.Add(index);
            }

            if (chosen.Count < Maximum)
                chosen.AddRange(BestScored(i, article, scores.Value!, touchedLists.Value!, byTag, byTheme, themeKeys, schoolTypeMasks, chosen));
            result[i] = chosen.Select(index => newestFirst[index]).ToList();
        });

        var map = new Dictionary<string, IReadOnlyList<Article>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            map[newestFirst[i].Slug] = result[i];
        return map;
    }

    private static List<int> BestScored(int self, Article article, int[] scores, List<int> touched, Dictionary<string, List<int>> byTag,
        Dictionary<string, List<int>> byTheme, string[] themeKeys, int[] schoolTypeMasks, List<int> exclude)
    {
        touched.Clear();
        void Add(int other, int points)
        {
            if (scores[other] == 0)
                touched.Add(other);
            scores[other] += points;
        }

        foreach (var tag in article.Tags)
        {
            foreach (var other in byTag[tag.Slug])
                Add(other, 16);
        }

        // Articles that share only the theme rank below every article that shares a tag, so they are needed only
        // when too few articles share a tag.
        if (touched.Count < Maximum + 1 + exclude.Count) // this article and the explicit ones may be among them
        {
            foreach (var other in byTheme[article.Theme.Key])
                Add(other, 8);
        }
        else
        {
            foreach (var other in touched)
            {
                if (themeKeys[other] == article.Theme.Key)
                    scores[other] += 8;
            }
        }

        // Keep the best (highest score, then lowest position = newest) without sorting every candidate.
        var best = new List<(int Score, int Index)>(Maximum + 1);
        foreach (var other in touched)
        {
            var score = scores[other] + System.Numerics.BitOperations.PopCount((uint)(schoolTypeMasks[other] & schoolTypeMasks[self]));
            scores[other] = 0;
            if (other == self || exclude.Contains(other))
                continue;
            if (best.Count == Maximum && Compare((score, other), best[^1]) >= 0)
                continue;
            var at = best.FindIndex(b => Compare((score, other), b) < 0);
            best.Insert(at < 0 ? best.Count : at, (score, other));
            if (best.Count > Maximum)
                best.RemoveAt(best.Count - 1);
        }

        return best.Take(Maximum - exclude.Count).Select(b => b.Index).ToList();
    }

    private static int Compare((int Score, int Index) a, (int Score, int Index) b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index);

    private static Dictionary<string, List<int>> Index(IReadOnlyList<Article> articles, Func<Article, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var key in keys(articles[i]))
            {
                if (!index.TryGetValue(key, out var list))
                    index[key] = list = [];
                list.Add(i);
            }
        }

        return index;
    }
}
