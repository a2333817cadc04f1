using Kennisbank.Configuration;
using Kennisbank.Model;
using Kennisbank.Search;

namespace Kennisbank.Exporters;

// What each search field (search.fields in kennisbank.yml) holds for one article. "meta" makes what are otherwise
// only filters findable as words — the labels of theme, type, school types (and their keys, so "vso" and
// "praktijkonderwijs" match) and region, the school's name and the authors — with a lower boost than the text.
// "parts" holds the parts of the Dutch compounds in title, summary, tags and body (Search/CompoundSplitter), so
// "tekort" finds "lerarentekort".

/// <summary>The text of each configured search field for an article.</summary>
public static class SearchFieldValues
{
    /// <summary>The values of <paramref name="fields"/> for <paramref name="article"/>, keyed by field name.</summary>
    public static Dictionary<string, FieldValue> Of(Article article, IReadOnlyList<SearchField> fields)
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        // The body is kept as UTF-8; decoded once here for the "body" and "parts" fields.
        string? body = null;
        string Body() => body ??= article.Body?.PlainText ?? "";
        foreach (var field in fields)
        {
            values[field.Name] = field.Name switch
            {
                "title" => FieldValue.Text(article.Title),
                "summary" => FieldValue.Text(article.Summary),
                "tags" => FieldValue.List(article.Tags.Select(t => t.Label)),
                "body" => FieldValue.Text(Body()),
                "meta" => FieldValue.Text(Meta(article)),
                "parts" => FieldValue.Text(CompoundSplitter.Dutch.PartsText(Texts(article, Body()))),
                _ => throw new InvalidOperationException($"unknown search field {field.Name}"),
            };
        }

        return values;
    }

    /// <summary>The texts whose compounds the "parts" field splits.</summary>
    public static IEnumerable<string> Texts(Article article, string body) =>
        [article.Title, article.Summary, .. article.Tags.Select(t => t.Label), body];

    /// <summary>The words of the "meta" field: taxonomy labels, school type keys, school and authors.</summary>
    public static string Meta(Article article)
    {
        var words = new List<string> { article.Theme.Label, article.Type.Label };
        foreach (var schoolType in article.SchoolTypes)
        {
            words.Add(schoolType.Label);
            if (!string.Equals(schoolType.Key, schoolType.Label, StringComparison.OrdinalIgnoreCase))
                words.Add(schoolType.Key);
        }

        if (article.Region is { } region)
            words.Add(region.Label);
        if (article.School is { } school)
            words.Add(school);
        words.AddRange(article.Authors);
        return string.Join(' ', words);
    }
}
