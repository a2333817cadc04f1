namespace Kennisbank.Model;

/// <summary>
/// A file stored in content/ that an article links to (image or download), and the site path it is published at:
/// under the article's URL when it lies in the article's folder (<c>/artikelen/slug/plan.pdf</c>), otherwise at its
/// place in content/ (<c>/bijlagen/b/plan.pdf</c>), so two files with one name never share a URL.
/// </summary>
public sealed record Attachment(string SourcePath, string SitePath);
