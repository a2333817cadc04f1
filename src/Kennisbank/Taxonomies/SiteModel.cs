using Kennisbank.Configuration;
using Kennisbank.Model;

namespace Kennisbank.Taxonomies;

/// <summary>
/// Everything the page stage needs: the published articles newest first, every taxonomy with its
/// articles, and the related articles of each article. Built once, read by every page.
/// </summary>
public sealed record SiteModel
{
    public required SiteConfig Config { get; init; }

    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<TermListing> Themes { get; init; }

    public required IReadOnlyList<TermListing> Types { get; init; }

    public required IReadOnlyList<TermListing> SchoolTypes { get; init; }

    public required IReadOnlyList<TermListing> Regions { get; init; }

    /// <summary>Tags sorted by label (Dutch-insensitive to case), each with its articles.</summary>
    public required IReadOnlyList<TermListing> Tags { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> Related { get; init; }

    public TermListing Theme(string key) => Themes.First(t => t.Key == key);
}
