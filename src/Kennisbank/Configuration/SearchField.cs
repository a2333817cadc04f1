namespace Kennisbank.Configuration;

/// <summary>A field of the search index and its boost (<c>search.fields</c> in kennisbank.yml).</summary>
public sealed record SearchFieldSetting(string Name, double Boost)
{
    public static readonly IReadOnlyList<string> Known = ["title", "summary", "tags", "body"];

    public static IReadOnlyList<SearchFieldSetting> Defaults { get; } =
        [new("title", 10), new("summary", 5), new("tags", 5), new("body", 1)];
}
