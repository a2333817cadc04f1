using Kennisbank.Taxonomies;

namespace Kennisbank.Rendering;

/// <summary>What every template knows about the site (as <c>site</c>): its name and the themes for navigation.</summary>
public sealed record SiteView(string Title, string Description, string BaseUrl, IReadOnlyList<TermListing> Themes, int ArticleCount);
