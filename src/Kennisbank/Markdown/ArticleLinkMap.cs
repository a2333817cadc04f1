namespace Kennisbank.Markdown;

/// <summary>
/// What the Markdown stage needs to know about the other articles to rewrite links: which content file
/// (relative to the content folder, forward slashes) became which slug. Built once after front matter.
/// </summary>
public sealed class ArticleLinkMap(IReadOnlyDictionary<string, string> slugByContentPath)
{
    public static ArticleLinkMap Empty { get; } = new(new Dictionary<string, string>());

    public string? SlugFor(string contentPath) => slugByContentPath.GetValueOrDefault(contentPath);

    public IEnumerable<string> ContentPaths => slugByContentPath.Keys;
}
