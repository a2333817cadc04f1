namespace Kennisbank.Authoring;

/// <summary>
/// What an editor asks <c>kennisbank new</c> for: a title, a theme key and a type key from kennisbank.yml, and
/// optionally some tags. Nothing here is checked yet; <see cref="ArticleCreator"/> does that against the site.
/// </summary>
/// <param name="Title">The article's title; its slug (and so its file name and URL) is made from it.</param>
/// <param name="Theme">A key of <c>themes</c>, e.g. <c>passend-onderwijs</c>.</param>
/// <param name="Type">A key of <c>types</c>, e.g. <c>praktijkvoorbeeld</c>.</param>
/// <param name="Tags">Tags for the front matter; when empty, the theme's label is the first tag.</param>
public sealed record NewArticleRequest(string Title, string Theme, string Type, IReadOnlyList<string> Tags)
{
    public NewArticleRequest(string title, string theme, string type)
        : this(title, theme, type, [])
    {
    }
}
