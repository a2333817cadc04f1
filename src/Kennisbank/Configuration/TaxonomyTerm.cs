namespace Kennisbank.Configuration;

/// <summary>One value of a configured taxonomy (a theme, type, school type or region): its key, Dutch label and description.</summary>
public sealed record TaxonomyTerm(string Key, string Label, string? Description);
