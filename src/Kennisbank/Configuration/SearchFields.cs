using Kennisbank.Search;

namespace Kennisbank.Configuration;

/// <summary>The article fields that can be searched (<c>search.fields</c> in kennisbank.yml) and the defaults.</summary>
public static class SearchFields
{
    public static readonly IReadOnlyList<string> Known = ["title", "summary", "tags", "body"];

    public static IReadOnlyList<SearchField> Defaults { get; } =
        [new("title", 10), new("summary", 5), new("tags", 5), new("body", 1)];
}
