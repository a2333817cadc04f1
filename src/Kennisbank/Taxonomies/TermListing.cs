namespace Kennisbank.Taxonomies;

using Kennisbank.Model;

/// <summary>One value of a taxonomy with the page it lives at and its articles, newest first.</summary>
public sealed record TermListing(string Key, string Label, string? Description, string Url, IReadOnlyList<Article> Articles)
{
    public int Count => Articles.Count;
}
