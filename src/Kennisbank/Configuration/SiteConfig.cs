using Kennisbank.Diagnostics;
using Kennisbank.Search;

namespace Kennisbank.Configuration;

/// <summary>
/// The whole site configuration, read once from kennisbank.yml and then frozen: every stage reads it, none changes it.
/// </summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The absolute URL the site is published at, always ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Where kennisbank.yml sets <c>base_url</c>, for messages about it.</summary>
    public SourceLocation? BaseUrlAt { get; init; }

    public required int ArticlesPerPage { get; init; }

    public required Taxonomy Themes { get; init; }

    public required Taxonomy Types { get; init; }

    public required Taxonomy SchoolTypes { get; init; }

    public required Taxonomy Regions { get; init; }

    public required IReadOnlyList<SearchField> SearchFields { get; init; }

    /// <summary>search.synonyms: groups of words the search page treats as one.</summary>
    public SearchSynonyms SearchSynonyms { get; init; } = SearchSynonyms.None;

    /// <summary>The links in the footer of every page (the accessibility statement, privacy, contact …), in order.</summary>
    public IReadOnlyList<FooterLink> Footer { get; init; } = [];

    /// <summary>Write a .gz and a .br beside each text file (<c>precompress: true</c>), for hosts that serve them.</summary>
    public bool Precompress { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/" or "/kennisbank/": every site link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = SiteConfigLoader.NormalizeBaseUrl(baseUrl) };
}
