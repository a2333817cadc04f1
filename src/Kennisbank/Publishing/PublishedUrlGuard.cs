using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Publishing;

/// <summary>
/// The published-URL guard: every URL listed in published-urls.txt must still be produced, as a page or as the
/// redirect page of an alias. When one is gone, the error names the article that most likely replaced it and the
/// exact <c>aliases:</c> line to add, so a renamed slug can never silently break a partner's link.
/// </summary>
public static class PublishedUrlGuard
{
    public static void Check(string listFile, string displayPath, IReadOnlySet<string> produced, IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        if (!File.Exists(listFile))
            return;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(listFile))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var at = new SourceLocation(displayPath, lineNumber, 1);
            if (!line.StartsWith('/'))
            {
                diagnostics.Error(ErrorCodes.BadPublishedUrlList, at, $"'{line}' is geen pad op de site; elke regel begint met / (bijvoorbeeld /artikelen/slug/)");
                continue;
            }

            // "/artikelen/x" and "/artikelen/x/" are the same page, as they are for aliases.
            if (produced.Contains(line) || produced.Contains(line + "/"))
                continue;
            diagnostics.Error(ErrorCodes.PublishedUrlGone, at, Message(line, articles, produced));
        }
    }

    private static string Message(string gone, IReadOnlyList<Article> articles, IReadOnlySet<string> produced)
    {
        var message = $"'{gone}' is gepubliceerd geweest maar bestaat niet meer, en geen alias verwijst ernaar.";
        if (LikelyReplacement(gone, articles) is { } article)
            return message + $" Waarschijnlijk vervangen door {article.SourcePath} ('{article.Title}'): voeg daar toe: aliases: [{gone}]";
        var nearest = Diagnostics.Suggestions.Closest(gone, produced.Where(PublishedUrls.IsPublishable));
        return message + (nearest is null
            ? " Zet het adres als alias bij het artikel dat het vervangt (aliases: [...]), of haal het uit published-urls.txt als het echt weg mag."
            : $" Lijkt op '{nearest}'. Zet het adres als alias bij het artikel dat het vervangt (aliases: [{gone}]).");
    }

    /// <summary>The article whose slug or title is closest to the old URL's last segment, if reasonably close.</summary>
    private static Article? LikelyReplacement(string gone, IReadOnlyList<Article> articles)
    {
        var oldSlug = Slugs.From(gone.TrimEnd('/').Split('/')[^1].Replace(".html", "", StringComparison.Ordinal));
        if (oldSlug.Length == 0)
            return null;
        Article? best = null;
        var bestScore = double.MaxValue;
        foreach (var article in articles)
        {
            var distance = Math.Min(
                Diagnostics.Suggestions.EditDistance(oldSlug, article.Slug),
                Diagnostics.Suggestions.EditDistance(oldSlug, Slugs.From(article.Title)));
            var score = (double)distance / Math.Max(oldSlug.Length, 1);
            if (score < bestScore)
            {
                best = article;
                bestScore = score;
            }
        }

        return bestScore <= 0.6 ? best : null;
    }
}
