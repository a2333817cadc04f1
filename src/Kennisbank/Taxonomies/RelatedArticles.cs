using System.Numerics;
using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Up to five related articles per article: the editor's explicit <c>related</c> first, then by the number of shared
/// tags, then the same theme, then the number of shared school types; ties go to the newer article (the order of
/// the newest-first list, where the slug already breaks ties), so the choice is deterministic.
/// A shared tag outweighs everything after it, so only the articles sharing the most tags need scoring: the
/// shared-tag counts are kept bit-sliced (<see cref="SharedTagCounts"/>), which finds them 64 articles at a time,
/// and the ranking reads them in one pass that asks for ever more shared tags as better articles are found.
/// </summary>
public static class RelatedArticles
{
    public const int Maximum = 5;

    // Weights make the order lexicographic: a shared tag (16) outweighs the theme (8), which outweighs any number of
    // shared school types (1 each, at most 5 in a configuration).
    private const int TagWeight = 16;
    private const int ThemeWeight = 8;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> newestFirst)
    {
        var count = newestFirst.Count;
        var bySlug = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            bySlug[newestFirst[i].Slug] = i;
        var context = new Context(newestFirst, new TagIndex(newestFirst));

        var result = new IReadOnlyList<Article>[count];
        using var counts = new ThreadLocal<SharedTagCounts>(() => new SharedTagCounts(context.Tags));
        Parallel.For(0, count, i =>
        {
            var chosen = new List<int>(Maximum);
            foreach (var related in newestFirst[i].RelatedSlugs)
            {
                if (bySlug.TryGetValue(related.Value, out var index) && index != i && !chosen.Contains(index) && chosen.Count < Maximum)
                    chosen.Add(index);
            }

            if (chosen.Count < Maximum)
                chosen.AddRange(BestScored(i, chosen, counts.Value!, context));
            result[i] = chosen.Select(index => newestFirst[index]).ToList();
        });

        var map = new Dictionary<string, IReadOnlyList<Article>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            map[newestFirst[i].Slug] = result[i];
        return map;
    }

    private static List<int> BestScored(int self, List<int> chosen, SharedTagCounts counts, Context context)
    {
        var wanted = Maximum - chosen.Count;
        var best = new List<(int Score, int Index)>(wanted + 1);
        counts.CountFor(self);
        var tagCount = context.Tags.TagsOf[self].Length;

        // One pass, newest first. Once five are kept, only an article that could beat the fifth is scored: one
        // sharing fewer tags cannot (a shared tag outweighs theme and school types together); and once the fifth
        // has the best score any article could have, the rest need not be read.
        if (tagCount > 0)
        {
            var mostOtherwise = ThemeWeight + BitOperations.PopCount((uint)context.SchoolTypeMasks[self]);
            var themeBits = context.ThemeBits[context.ThemeOf[self]];
            for (var word = 0; word < counts.Words; word++)
            {
                ulong candidates;
                if (best.Count < wanted)
                {
                    candidates = counts.AtLeast(word, 1);
                }
                else
                {
                    // The fifth shares `shared` tags and scores `otherwise` on theme and school types: an article
                    // sharing more tags beats it, one sharing as many only with a better theme and school-type score.
                    var (shared, otherwise) = Math.DivRem(best[^1].Score, TagWeight);
                    if (shared == tagCount && otherwise == mostOtherwise)
                        break;
                    candidates = counts.AtLeast(word, shared + 1);
                    if (otherwise < mostOtherwise)
                    {
                        var asMany = counts.AtLeast(word, shared) & ~candidates;
                        candidates |= otherwise >= ThemeWeight ? asMany & themeBits[word] : asMany;
                    }
                }

                for (var bits = candidates; bits != 0; bits &= bits - 1)
                {
                    var other = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    if (other != self && !chosen.Contains(other))
                        Keep(best, wanted, TagWeight * counts.SharedWith(other) + Score(self, other, context), other);
                }
            }
        }

        // Too few articles share a tag: the articles of the same theme follow.
        if (best.Count < wanted)
        {
            foreach (var other in context.ThemeArticles[context.ThemeOf[self]])
            {
                if (other != self && !chosen.Contains(other) && counts.SharedWith(other) == 0)
                    Keep(best, wanted, Score(self, other, context), other);
            }
        }

        return best.Select(b => b.Index).ToList();
    }

    private static int Score(int self, int other, Context context) =>
        (context.ThemeOf[other] == context.ThemeOf[self] ? ThemeWeight : 0)
        + BitOperations.PopCount((uint)(context.SchoolTypeMasks[other] & context.SchoolTypeMasks[self]));

    /// <summary>Keeps the best <paramref name="wanted"/> (highest score, then lowest position); candidates arrive in ascending position.</summary>
    private static void Keep(List<(int Score, int Index)> best, int wanted, int score, int other)
    {
        if (best.Count == wanted && score <= best[^1].Score)
            return;
        var at = best.Count;
        while (at > 0 && best[at - 1].Score < score)
            at--;
        best.Insert(at, (score, other));
        if (best.Count > wanted)
            best.RemoveAt(best.Count - 1);
    }

    private sealed class Context
    {
        public Context(IReadOnlyList<Article> newestFirst, TagIndex tags)
        {
            Tags = tags;
            var themeIds = new Dictionary<string, int>(StringComparer.Ordinal);
            ThemeOf = newestFirst.Select(a => themeIds.TryGetValue(a.Theme.Key, out var id) ? id : themeIds[a.Theme.Key] = themeIds.Count).ToArray();
            ThemeArticles = Enumerable.Range(0, themeIds.Count).Select(_ => new List<int>()).ToArray();
            for (var i = 0; i < ThemeOf.Length; i++)
                ThemeArticles[ThemeOf[i]].Add(i);
            ThemeBits = ThemeArticles.Select(members => Bitset(members, tags.Words)).ToArray();
            var schoolTypeBits = newestFirst.SelectMany(a => a.SchoolTypes).Select(s => s.Key).Distinct().Order(StringComparer.Ordinal)
                .Select((key, bit) => (key, bit)).ToDictionary(x => x.key, x => 1 << (x.bit % 32), StringComparer.Ordinal);
            SchoolTypeMasks = newestFirst.Select(a => a.SchoolTypes.Aggregate(0, (mask, s) => mask | schoolTypeBits[s.Key])).ToArray();
        }

        public TagIndex Tags { get; }

        public int[] ThemeOf { get; }

        public List<int>[] ThemeArticles { get; }

        /// <summary>Per theme, its articles as a bitset.</summary>
        public ulong[][] ThemeBits { get; }

        public int[] SchoolTypeMasks { get; }

        private static ulong[] Bitset(List<int> positions, int words)
        {
            var bits = new ulong[words];
            foreach (var position in positions)
                bits[position >> 6] |= 1UL << (position & 63);
            return bits;
        }
    }
}
