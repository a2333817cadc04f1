using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Validation;

/// <summary>
/// Warnings about articles that are valid but could be better: no tags (harder to find, no related articles by
/// tag), a summary that only repeats the title or is still the placeholder of <c>kennisbank new</c>, a long text
/// without headings (no "Op deze pagina").
/// They never fail a build, except under <c>check --strict</c>.
/// </summary>
public static class ArticleLints
{
    private const int WordsThatNeedHeadings = 400;

    public static void Check(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        foreach (var article in articles)
        {
            if (article.Tags.Count == 0)
                diagnostics.Warning(ErrorCodes.NoTags, article.SlugAt,
                    "het artikel heeft geen tags; met 'tags: [..]' is het beter te vinden en komen gerelateerde artikelen beter uit");
            var title = Normalize(article.Title);
            var summary = Normalize(article.Summary);
            if (summary.Length > 0 && (summary == title || summary.StartsWith(title, StringComparison.Ordinal) && summary.Length < title.Length + 20))
                diagnostics.Warning(ErrorCodes.SummaryRepeatsTitle, article.SummaryAt,
                    "de samenvatting herhaalt vooral de titel; vertel in een of twee zinnen wat de lezer eraan heeft");
            if (article.Summary == Authoring.ArticleScaffold.SummaryPlaceholder)
                diagnostics.Warning(ErrorCodes.PlaceholderSummary, article.SummaryAt,
                    "de samenvatting is nog de tekst die 'kennisbank new' erin zette; schrijf een eigen samenvatting");
            if (article.Body is { } body && body.WordCount > WordsThatNeedHeadings && body.Toc.Count == 0)
                diagnostics.Warning(ErrorCodes.NoHeadings, new SourceLocation(article.SourcePath, article.BodyFirstLine, 1),
                    $"een tekst van {body.WordCount} woorden zonder tussenkoppen (##); koppen maken het artikel scanbaar en vullen 'Op deze pagina'");
        }
    }

    private static string Normalize(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
