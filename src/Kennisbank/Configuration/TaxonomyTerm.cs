namespace Kennisbank.Configuration;

/// <summary>
/// One value of a configured taxonomy (a theme, type, school type or region): its key, Dutch label and description,
/// and for a type the plural the navigation shows ("Handreikingen").
/// </summary>
public sealed record TaxonomyTerm(string Key, string Label, string? Description, string? Plural = null)
{
    public string PluralLabel => Plural ?? Label;
}
