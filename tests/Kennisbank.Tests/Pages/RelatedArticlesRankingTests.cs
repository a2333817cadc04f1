using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Model;
using Kennisbank.Taxonomies;
using Kennisbank.Yaml;

namespace Kennisbank.Tests.Pages;

/// <summary>
/// The bit-sliced ranking of related articles against the rule written out the slow way: score every other article
/// (shared tags first, then theme, then shared school types; ties to the newer), keep those sharing a tag or the theme.
/// </summary>
public sealed class RelatedArticlesRankingTests
{
    private static readonly string[] Themes = ["passend-onderwijs", "burgerschap", "huisvesting", "goed-bestuur"];
    private static readonly string[] SchoolTypes = ["praktijkonderwijs", "vmbo", "havo", "vwo", "vso"];

    [Theory]
    [InlineData(1, 40, 6)] // fewer articles than one 64-bit word
    [InlineData(2, 300, 12)] // several words, common tags (bitsets) and rare ones (lists)
    [InlineData(3, 500, 400)] // mostly rare tags, many articles with no shared tag at all
    [InlineData(4, 130, 3)] // few tags: many ties, decided by theme, school types and date
    [InlineData(5, 3000, 8)] // many words and common tags: the ranking stops reading early, and must not stop too early
    [InlineData(6, 2000, 60)] // common and rare tags over many words
    public void Ranks_exactly_as_scoring_every_pair_would(int seed, int count, int distinctTags)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, count).Select(i => MakeArticle(i, random, count, distinctTags)).ToList();
        articles.Sort(Article.NewestFirst);

        var related = RelatedArticles.Compute(articles);

        foreach (var article in articles)
            Assert.Equal(Expected(article, articles), related[article.Slug].Select(a => a.Slug));
    }

    [Fact]
    public void An_article_with_more_tags_than_four_planes_hold_still_counts_them_all()
    {
        var many = Enumerable.Range(0, 20).Select(t => $"tag-{t}").ToArray();
        var articles = new List<Article>
        {
            MakeArticle("a", "2025-01-01", Themes[0], many, []),
            MakeArticle("b", "2025-01-02", Themes[1], many[..17], []), // 17 shared tags needs five planes
            MakeArticle("c", "2025-01-03", Themes[0], many[..16], []),
            MakeArticle("d", "2025-01-04", Themes[0], many[..1], []),
        };
        articles.Sort(Article.NewestFirst);

        Assert.Equal(["b", "c", "d"], RelatedArticles.Compute(articles)["a"].Select(a => a.Slug));
    }

    private static IEnumerable<string> Expected(Article article, List<Article> newestFirst)
    {
        var explicitOnes = article.RelatedSlugs.Select(r => r.Value).Where(s => s != article.Slug && newestFirst.Any(a => a.Slug == s))
            .Distinct().Take(RelatedArticles.Maximum).ToList();
        var tags = article.Tags.Select(t => t.Slug).ToHashSet();
        var scored = newestFirst
            .Select((other, position) => (other, position,
                shared: other.Tags.Select(t => t.Slug).Distinct().Count(tags.Contains),
                theme: other.Theme.Key == article.Theme.Key ? 1 : 0,
                school: other.SchoolTypes.Count(s => article.SchoolTypes.Any(o => o.Key == s.Key))))
            .Where(x => x.other.Slug != article.Slug && !explicitOnes.Contains(x.other.Slug) && (x.shared > 0 || x.theme == 1))
            .OrderByDescending(x => x.shared).ThenByDescending(x => x.theme).ThenByDescending(x => x.school).ThenBy(x => x.position)
            .Select(x => x.other.Slug);
        return explicitOnes.Concat(scored).Take(RelatedArticles.Maximum);
    }

    private static Article MakeArticle(int i, Random random, int count, int distinctTags)
    {
        var tags = Enumerable.Range(0, random.Next(6)).Select(_ => $"tag-{(int)(Math.Pow(random.NextDouble(), 2) * distinctTags)}").ToArray();
        if (random.Next(10) == 0 && tags.Length > 0)
            tags = [.. tags, tags[0]]; // the same tag twice counts once
        var related = random.Next(8) == 0 ? new[] { $"a{random.Next(count)}", $"a{random.Next(count)}" } : [];
        var schoolTypes = SchoolTypes.Where(_ => random.Next(3) == 0).ToArray();
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(60)).ToString("yyyy-MM-dd");
        return MakeArticle($"a{i}", date, Themes[random.Next(Themes.Length)], tags, related, schoolTypes);
    }

    private static Article MakeArticle(string slug, string date, string theme, string[] tags, string[] related, string[]? schoolTypes = null)
    {
        var at = new SourceLocation($"{slug}.md", 1, 1);
        return new Article
        {
            SourcePath = at.Path, FullPath = "/" + at.Path, ContentPath = at.Path, Slug = slug, SlugAt = at,
            Title = slug, Summary = slug, SummaryAt = at,
            Theme = new TaxonomyTerm(theme, theme, null), Type = new TaxonomyTerm("handreiking", "Handreiking", null),
            SchoolTypes = (schoolTypes ?? []).Select(s => new TaxonomyTerm(s, s, null)).ToList(),
            Tags = tags.Select(t => new Tag(t, t)).ToList(),
            Authors = [], Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Aliases = [], RelatedSlugs = related.Select(r => new Located<string>(r, at)).ToList(), Links = [],
            BodyFirstLine = 1, Markdown = "",
        };
    }
}
