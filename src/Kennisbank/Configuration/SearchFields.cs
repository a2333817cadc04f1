using Kennisbank.Search;

namespace Kennisbank.Configuration;

/// <summary>The article fields that can be searched (<c>search.fields</c> in kennisbank.yml) and the defaults.</summary>
public static class SearchFields
{
    /// <summary>
    /// The fields an article can be searched by: its text, "meta" (theme, type, school types, region, school and
    /// authors as words) and "parts" (the parts of its compound words); see Exporters/SearchFieldValues. Every word
    /// of every field is indexed: the search page loads only the index shards a query needs.
    /// </summary>
    public static readonly IReadOnlyList<string> Known = ["title", "summary", "tags", "body", "meta", "parts"];

    public static IReadOnlyList<SearchField> Defaults { get; } =
        [new("title", 10), new("summary", 5), new("tags", 5), new("body", 1), new("meta", 2), new("parts", 2)];
}
