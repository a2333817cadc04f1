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
        if (!ProjectFolder.ExistsOrIsLink(listFile))
            return;
        var full = Path.GetFullPath(listFile);
        var folder = new ProjectFolder(Path.GetDirectoryName(full)!, Path.GetDirectoryName(displayPath) ?? "", InputLimits.ConfigBytes * 8);
        if (folder.Find(full, SourceLocation.StartOf(displayPath), diagnostics) is not { } file)
            return;
        var lineNumber = 0;
        foreach (var raw in System.Text.Encoding.UTF8.GetString(file.ReadAllBytes()).Split('\n'))
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

    // List pages of a configured taxonomy exist for every value in kennisbank.yml, even without articles.
    private static readonly (string Prefix, string ConfigKey)[] ConfiguredListings =
        [("/themas/", "themes"), ("/soorten/", "types"), ("/schoolsoorten/", "school_types"), ("/regios/", "regions")];

    private static string Message(string gone, IReadOnlyList<Article> articles, IReadOnlySet<string> produced)
    {
        var message = $"'{gone}' is gepubliceerd geweest maar bestaat niet meer, en geen alias verwijst ernaar.";
        var segments = gone.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && gone.StartsWith(SitePaths.Tags, StringComparison.Ordinal))
            return message + TagPageGone(segments[1], produced);
        if (segments.Length >= 2 && ConfiguredListings.FirstOrDefault(l => gone.StartsWith(l.Prefix, StringComparison.Ordinal)) is { Prefix: not null } listing)
            return message + $" '{segments[1]}' staat niet meer onder {listing.ConfigKey}: in kennisbank.yml; zet de waarde terug"
                + " (een lege lijstpagina blijft bestaan), of haal het adres uit published-urls.txt als het echt weg mag.";
        if (LikelyReplacement(gone, articles) is { } article)
            return message + $" Waarschijnlijk vervangen door {article.SourcePath} ('{article.Title}'): voeg daar toe: aliases: [{gone}]";
        var nearest = Diagnostics.Suggestions.Closest(gone, produced.Where(PublishedUrls.IsPublishable));
        return message + (nearest is null
            ? " Zet het adres als alias bij het artikel dat het vervangt (aliases: [...]), of haal het uit published-urls.txt als het echt weg mag."
            : $" Lijkt op '{nearest}'. Zet het adres als alias bij het artikel dat het vervangt (aliases: [{gone}]).");
    }

    /// <summary>A tag page exists only while an article has the tag; an alias on an article would send tag readers to one article.</summary>
    private static string TagPageGone(string tag, IReadOnlySet<string> produced)
    {
        var tagPages = produced.Where(p => p.StartsWith(SitePaths.Tags, StringComparison.Ordinal) && p.EndsWith('/') && p.Count(c => c == '/') == 3);
        var tags = tagPages.Select(p => p.Split('/')[2]).ToList();
        // A renamed tag is often a longer or shorter form of the old one (debat → debatteren), which edit distance misses.
        var renamed = tags.Where(t => t.StartsWith(tag, StringComparison.Ordinal) || tag.StartsWith(t, StringComparison.Ordinal))
            .OrderBy(t => Math.Abs(t.Length - tag.Length)).ThenBy(t => t, StringComparer.Ordinal).FirstOrDefault();
        var nearest = (renamed ?? Diagnostics.Suggestions.Closest(tag, tags)) is { } slug ? SitePaths.Tag(slug) : null;
        return $" Geen artikel heeft nog de tag '{tag}'" + (nearest is null ? "" : $" (lijkt op '{nearest}': is de tag hernoemd?)")
            + $". Een tagpagina bestaat zolang een artikel de tag heeft: geef de artikelen die erover gaan de tag '{tag}' (terug),"
            + " of haal het adres uit published-urls.txt als de tag echt weg mag.";
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
