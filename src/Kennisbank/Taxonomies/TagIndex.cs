using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Which articles carry each tag, by position in the newest-first list. A tag on many articles (at least one in 64)
/// also gets a bitset with one bit per article, so counting shared tags costs a word per 64 articles instead of an
/// increment per article; rare tags keep only their short list.
/// </summary>
internal sealed class TagIndex
{
    public TagIndex(IReadOnlyList<Article> newestFirst)
    {
        ArticleCount = newestFirst.Count;
        Words = (ArticleCount + 63) / 64;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        TagsOf = new int[ArticleCount][];
        for (var i = 0; i < ArticleCount; i++)
        {
            var tags = new List<int>(newestFirst[i].Tags.Count);
            foreach (var tag in newestFirst[i].Tags)
            {
                if (!ids.TryGetValue(tag.Slug, out var id))
                {
                    ids[tag.Slug] = id = postings.Count;
                    postings.Add([]);
                }

                if (tags.Contains(id))
                    continue; // "Pesten" and "pesten" are one tag
                tags.Add(id);
                postings[id].Add(i);
            }

            TagsOf[i] = tags.ToArray();
        }

        Articles = postings.Select(p => p.ToArray()).ToArray();
        Bitsets = Articles.Select(p => p.Length >= Words ? ToBitset(p) : null).ToArray();
    }

    public int ArticleCount { get; }

    /// <summary>64-bit words needed for one bit per article.</summary>
    public int Words { get; }

    /// <summary>Per article, the ids of its tags.</summary>
    public int[][] TagsOf { get; }

    /// <summary>Per tag id, the positions of its articles, ascending.</summary>
    public int[][] Articles { get; }

    /// <summary>Per tag id, its articles as a bitset; null for a rare tag.</summary>
    public ulong[]?[] Bitsets { get; }

    private ulong[] ToBitset(int[] positions)
    {
        var bits = new ulong[Words];
        foreach (var position in positions)
            bits[position >> 6] |= 1UL << (position & 63);
        return bits;
    }
}
