namespace Kennisbank.Markdown;

/// <summary>Where an article body comes from: what link resolution needs to know to point into the site and at files beside it.</summary>
public sealed record ArticleSource(string DisplayPath, string FullPath, string ContentPath, string Slug, int BodyFirstLine)
{
    /// <summary>The page the body is drawn on; files beside its Markdown file are published under it.</summary>
    public string Url { get; init; } = $"/artikelen/{Slug}/";
}
