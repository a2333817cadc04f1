using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Validation;

/// <summary>
/// Checks the links inside articles once every output path is known: the page must exist, and a
/// <c>#kop</c> anchor on an article must be one of its headings. Partners and readers never hit a dead link.
/// </summary>
public static class InternalLinkChecker
{
    public static void Check(IReadOnlyList<Article> articles, IReadOnlySet<string> sitePaths, DiagnosticBag diagnostics)
    {
        var bySlugUrl = articles.ToDictionary(a => a.Url, StringComparer.Ordinal);
        var candidates = sitePaths.Where(p => p.EndsWith('/')).ToList();
        foreach (var article in articles)
        {
            foreach (var link in article.Body?.InternalLinks ?? [])
            {
                var path = link.Path.Length == 0 ? article.Url : link.Path;
                if (!sitePaths.Contains(path) && !(path.EndsWith('/') == false && sitePaths.Contains(path + "/")))
                {
                    diagnostics.Error(ErrorCodes.BrokenLink, link.At,
                        $"link naar '{link.Written}', maar die pagina bestaat niet.{Suggestions.Hint(path, candidates)}");
                    continue;
                }

                var target = bySlugUrl.GetValueOrDefault(path) ?? bySlugUrl.GetValueOrDefault(path + "/");
                if (link.Anchor is { Length: > 0 } anchor && target?.Body is { } body && !body.HeadingIds.Contains(anchor))
                    diagnostics.Error(ErrorCodes.BrokenLink, link.At,
                        $"'{target.Title}' heeft geen kop met id '#{anchor}'.{Suggestions.Hint(anchor, body.HeadingIds)}");
            }
        }
    }
}
