using Kennisbank.Model;
using Kennisbank.Taxonomies;

namespace Kennisbank.Pages;

/// <summary>
/// The iframe a theme page offers partners: the embed's address, a title for screen readers, and a height at which
/// the list fits without scrolling at any width. The embed (templates/embed.html) gives every block a fixed height
/// for that: 12 px padding above and below, a heading of two lines (44 px + 8 px), 81 px per article, 30 px for the
/// closing link.
/// </summary>
public sealed record EmbedOffer(string Url, string Title, int Height)
{
    public const int Articles = 10;

    public static EmbedOffer For(TermListing theme, string siteTitle) =>
        new(SitePaths.ThemeEmbed(theme.Key), $"Nieuwste artikelen over {theme.Label.ToLowerInvariant()} uit de {siteTitle}",
            12 + 44 + 8 + 81 * Math.Max(1, Math.Min(Articles, theme.Count)) + 30 + 12);
}
