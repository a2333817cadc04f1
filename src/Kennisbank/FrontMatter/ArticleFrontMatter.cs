using Kennisbank.Diagnostics;
using Kennisbank.Yaml;

namespace Kennisbank.FrontMatter;

/// <summary>
/// The typed front matter of one article, as written (before taxonomy and site-wide checks).
/// Values that later stages validate keep their source position.
/// </summary>
public sealed record ArticleFrontMatter
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required Located<string> Theme { get; init; }

    public required Located<string> Type { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? Updated { get; init; }

    public IReadOnlyList<Located<string>> Tags { get; init; } = [];

    public IReadOnlyList<Located<string>> SchoolTypes { get; init; } = [];

    public Located<string>? Region { get; init; }

    public string? School { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public Located<string>? Slug { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    public IReadOnlyList<Located<string>> Related { get; init; } = [];

    public IReadOnlyList<LinkReference> Links { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>Where the front matter starts, for errors about the article as a whole.</summary>
    public required SourceLocation At { get; init; }

    public required SourceLocation SummaryAt { get; init; }
}
