namespace Kennisbank.Markdown;

/// <summary>Where an article body comes from: what link resolution needs to know to point into the site and at files beside it.</summary>
public sealed record ArticleSource(string DisplayPath, string FullPath, string ContentPath, string Slug, int BodyFirstLine);
