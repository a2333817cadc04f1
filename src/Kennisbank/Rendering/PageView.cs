using Kennisbank.Pages;

namespace Kennisbank.Rendering;

/// <summary>What every template knows about the page it draws (as <c>page</c>).</summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    bool NoIndex,
    string? FeedUrl,
    bool IsHome,
    string? Section = null);
