namespace Kennisbank.Search;

// A field the index knows about, with the boost lunr applies to every term score in it
// (lunr.Builder#field(name, { boost })). Fields are declared once, before any document is added.
// KeptTermsPercent is ours, not lunr's: it limits which terms of a field are indexed (see TermPruning).

/// <summary>A document field to index and the boost applied to scores of terms found in it.</summary>
/// <param name="Name">The field name; it may not contain '/', because field refs are "field/ref".</param>
/// <param name="Boost">Multiplies every score in this field; like lunr, 0 means "no boost" (1).</param>
/// <param name="KeptTermsPercent">
/// When set (1–100), each document is indexed in this field by this share of its distinct terms, the most
/// distinctive ones, plus those for which it is among the term's best documents; null indexes every term.
/// </param>
public sealed record SearchField(string Name, double Boost = 1, int? KeptTermsPercent = null);
