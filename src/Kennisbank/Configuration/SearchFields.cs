using Kennisbank.Search;

namespace Kennisbank.Configuration;

/// <summary>The article fields that can be searched (<c>search.fields</c> in kennisbank.yml) and the defaults.</summary>
public static class SearchFields
{
    /// <summary>
    /// By default an article body is indexed by the 55% most distinctive of its distinct words, plus every word for
    /// which it is among the best 20 articles: this keeps the index of a 1,000-article site within 1.3 MB gzipped
    /// (see the README's search section).
    /// </summary>
    public const int DefaultBodyTermsPercent = 55;

    /// <summary>
    /// The compound parts an article adds are pruned the same way, to 30%: for 1,000 articles all parts would add 0.30 MB
    /// to the gzipped index, 30% adds 0.14 MB, and rare parts (the ones worth finding) keep their best 20 articles.
    /// </summary>
    public const int DefaultPartsTermsPercent = 30;

    /// <summary>
    /// The fields an article can be searched by: its text, "meta" (theme, type, school types, region, school and
    /// authors as words) and "parts" (the parts of its compound words); see Exporters/SearchFieldValues.
    /// </summary>
    public static readonly IReadOnlyList<string> Known = ["title", "summary", "tags", "body", "meta", "parts"];

    public static IReadOnlyList<SearchField> Defaults { get; } =
        [new("title", 10), new("summary", 5), new("tags", 5), new("body", 1, DefaultBodyTermsPercent), new("meta", 2),
         new("parts", 2, DefaultPartsTermsPercent)];
}
