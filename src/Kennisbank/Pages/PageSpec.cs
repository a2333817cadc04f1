using Kennisbank.Diagnostics;

namespace Kennisbank.Pages;

/// <summary>
/// One HTML page to render: where it goes, which template draws it, and the data that template receives.
/// The page stage produces these; the template stage turns each into a file, in any order.
/// </summary>
public sealed record PageSpec
{
    /// <summary>Site-relative path, e.g. "/artikelen/x/" or "/404.html".</summary>
    public required string SitePath { get; init; }

    public required string Template { get; init; }

    /// <summary>The layout wrapped around the template's output; null for pages that stand alone (redirects).</summary>
    public string? Layout { get; init; } = "layout.html";

    public required string Title { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Extra variables for the template, by name (e.g. "article", "listing").</summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    /// <summary>Pages that should not appear in search engines or the sitemap (404, redirects, later list pages).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The canonical site path; differs from <see cref="SitePath"/> for redirect pages.</summary>
    public string? Canonical { get; init; }

    /// <summary>The front matter that asked for this page (an article's slug, an alias), for messages about it.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>The main-menu section the page belongs to (its site path, e.g. "/themas/"), marked in the header; null for none.</summary>
    public string? Section { get; init; }

    /// <summary>An Atom feed announced in the page head.</summary>
    public string? FeedUrl { get; init; }
}
