namespace Kennisbank.Authoring;

/// <summary>
/// The outcome of <see cref="ArticleCreator"/>: either the new file (where, which slug, its full text) or every
/// reason it was refused, in Dutch and ready to print — never an exception for something the editor can fix.
/// </summary>
public sealed record NewArticleResult
{
    /// <summary>Full path of the article file, e.g. …/content/passend-onderwijs/slug.md (null when refused).</summary>
    public string? FilePath { get; init; }

    /// <summary>The slug, and so the URL <c>/artikelen/{slug}/</c>, the article gets.</summary>
    public string? Slug { get; init; }

    /// <summary>The file's text: front matter and outline.</summary>
    public string? Text { get; init; }

    /// <summary>Why the article was not written; empty when it was.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool Succeeded => Problems.Count == 0 && FilePath is not null;

    public static NewArticleResult Refused(IReadOnlyList<string> problems) => new() { Problems = problems };

    public static NewArticleResult Refused(string problem) => new() { Problems = [problem] };
}
