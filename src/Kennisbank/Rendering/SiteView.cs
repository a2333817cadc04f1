using Kennisbank.Taxonomies;

namespace Kennisbank.Rendering;

/// <summary>
/// What every template knows about the site (as <c>site</c>): its name, the themes for navigation, and whether pages
/// should load <c>serve</c>'s live-reload script.
/// </summary>
public sealed record SiteView(string Title, string Description, string BaseUrl, IReadOnlyList<TermListing> Themes, int ArticleCount, bool LiveReload)
{
    /// <summary>The footer's links from kennisbank.yml (accessibility statement, privacy, contact …).</summary>
    public IReadOnlyList<Configuration.FooterLink> Footer { get; init; } = [];

    /// <summary>The article types, each a section of the main menu.</summary>
    public IReadOnlyList<Configuration.TaxonomyTerm> Types { get; init; } = [];
}
