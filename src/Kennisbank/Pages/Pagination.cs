namespace Kennisbank.Pages;

/// <summary>Where a page of a long list sits among its siblings, with the links between them.</summary>
public sealed record Pagination(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Pages)
{
    public bool IsPaged => Total > 1;
}

/// <summary>A numbered link in the pagination bar.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);
