using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Yaml;

namespace Kennisbank.Model;

/// <summary>
/// One published article: validated metadata with its taxonomy terms resolved, and (after the Markdown stage) its body.
/// This is the plain data object the later stages and the templates read. Two articles are equal only when they are
/// the same object: a record's member-by-member comparison ran on every step of every template loop (Scriban's
/// <c>for</c> compares each item with the one before it), and no stage needs value equality.
/// </summary>
public sealed record Article
{
    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public required string SourcePath { get; init; }

    /// <summary>Absolute path of the Markdown file; files beside it (images, downloads) resolve against it.</summary>
    public required string FullPath { get; init; }

    /// <summary>Path relative to the content folder, forward slashes; links to other .md files resolve against it.</summary>
    public required string ContentPath { get; init; }

    public required string Slug { get; init; }

    public required SourceLocation SlugAt { get; init; }

    public string Url => SitePaths.Article(Slug);

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required SourceLocation SummaryAt { get; init; }

    public required TaxonomyTerm Theme { get; init; }

    public required TaxonomyTerm Type { get; init; }

    public required IReadOnlyList<TaxonomyTerm> SchoolTypes { get; init; }

    public TaxonomyTerm? Region { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }

    public string? School { get; init; }

    public required IReadOnlyList<string> Authors { get; init; }

    public required DateOnly Date { get; init; }

    public DateOnly? Updated { get; init; }

    public required IReadOnlyList<Located<string>> Aliases { get; init; }

    public required IReadOnlyList<Located<string>> RelatedSlugs { get; init; }

    public required IReadOnlyList<LinkReference> Links { get; init; }

    public bool Draft { get; init; }

    public required int BodyFirstLine { get; init; }

    public required string Markdown { get; init; }

    /// <summary>Set by the Markdown stage.</summary>
    public RenderedMarkdown? Body { get; init; }

    /// <summary>Minutes at 200 words a minute, at least one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling((Body?.WordCount ?? 0) / 200.0));

    public DateOnly LastChanged => Updated ?? Date;

    /// <summary>Newest first; the slug breaks ties so the order never depends on file order.</summary>
    public static int NewestFirst(Article a, Article b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
