namespace Kennisbank.Model;

/// <summary>A file stored next to an article (image or download) that the site serves under the article's URL.</summary>
public sealed record Attachment(string SourcePath, string RelativePath);
