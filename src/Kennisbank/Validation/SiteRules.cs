using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Validation;

/// <summary>
/// Stage 3b: rules that need all articles at once — unique slugs (after transliteration, so "ideeën.md" and
/// "ideeen.md" clash) and <c>related</c> slugs that exist. Alias collisions are checked where every output
/// path is known (<c>Pages/OutputPlan</c>).
/// </summary>
public static class SiteRules
{
    public static IReadOnlyList<Article> Check(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        var unique = new List<Article>(articles.Count);
        foreach (var article in articles)
        {
            if (bySlug.TryGetValue(article.Slug, out var first))
            {
                diagnostics.Error(ErrorCodes.DuplicateSlug, article.SlugAt,
                    $"slug '{article.Slug}' wordt al gebruikt door {first.SourcePath}; geef een van beide artikelen een eigen 'slug'");
                continue;
            }

            bySlug[article.Slug] = article;
            unique.Add(article);
        }

        foreach (var article in unique)
        {
            foreach (var related in article.RelatedSlugs)
            {
                if (related.Value == article.Slug)
                    diagnostics.Error(ErrorCodes.UnknownRelated, related.At, "een artikel kan niet aan zichzelf gerelateerd zijn");
                else if (!bySlug.ContainsKey(related.Value))
                    diagnostics.Error(ErrorCodes.UnknownRelated, related.At,
                        $"'related' noemt '{related.Value}', maar er is geen artikel met die slug.{Suggestions.Hint(related.Value, bySlug.Keys)}");
            }
        }

        return unique;
    }
}
