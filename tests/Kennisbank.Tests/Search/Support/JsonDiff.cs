using System.Text.Json;

namespace Kennisbank.Tests.Search.Support;

// Finds the first place two JSON documents differ, with a readable path such as
// $.invertedIndex[41][1].title, comparing object keys in order and numbers by their exact text.

/// <summary>Structural JSON comparison that reports the first difference.</summary>
internal static class JsonDiff
{
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var e = expected.EnumerateObject().ToList();
                var a = actual.EnumerateObject().ToList();
                for (int i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (e[i].Name != a[i].Name)
                    {
                        return $"{path}: key #{i} expected \"{e[i].Name}\", got \"{a[i].Name}\"";
                    }

                    if (FirstDifference(e[i].Value, a[i].Value, $"{path}.{e[i].Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return e.Count == a.Count ? null
                    : $"{path}: expected {e.Count} keys ({string.Join(",", e.Select(p => p.Name))}), got {a.Count} ({string.Join(",", a.Select(p => p.Name))})";
            case JsonValueKind.Array:
                int n = Math.Min(expected.GetArrayLength(), actual.GetArrayLength());
                for (int i = 0; i < n; i++)
                {
                    if (FirstDifference(expected[i], actual[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return expected.GetArrayLength() == actual.GetArrayLength() ? null
                    : $"{path}: expected {expected.GetArrayLength()} elements, got {actual.GetArrayLength()}"
                      + (expected.GetArrayLength() > n ? $"; first missing: {Show(expected[n])}" : $"; first extra: {Show(actual[n])}");
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static string Show(JsonElement e)
    {
        string text = e.GetRawText();
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
