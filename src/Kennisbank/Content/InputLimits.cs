namespace Kennisbank.Content;

/// <summary>
/// How big input may be. Each limit is far above what a real kennisbank needs (an article of 800 words is 6 kB, a
/// front matter is three levels deep) and far below what hurts a build machine; a file or value over one is a
/// located error, the same in <c>check</c>, <c>build</c> and <c>serve</c>, because they all read through here.
/// </summary>
public static class InputLimits
{
    public const long ArticleBytes = 2 * 1024 * 1024;

    public const long TemplateBytes = 1024 * 1024;

    public const long ConfigBytes = 1024 * 1024;

    public const long AssetBytes = 20 * 1024 * 1024;

    public const long AttachmentBytes = 50 * 1024 * 1024;

    public const int Tags = 50;

    /// <summary>Items in any other front matter list (aliases, related, authors, links, school types).</summary>
    public const int ListItems = 100;

    /// <summary>Nesting of YAML collections; checked before parsing, as the parser recurses per level.</summary>
    public const int YamlDepth = 20;

    /// <summary>Nesting of Markdown blocks (quotes, lists); Markdig itself gives up at 128.</summary>
    public const int MarkdownDepth = 32;

    /// <summary>Nesting of raw HTML elements in a body; deeper HTML made the HTML parser and sanitizer run for minutes.</summary>
    public const int HtmlDepth = 64;

    /// <summary>Characters in one URL segment (slug, tag, alias part): it becomes a folder name, and file systems stop at 255 bytes.</summary>
    public const int SegmentLength = 120;

    public static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
