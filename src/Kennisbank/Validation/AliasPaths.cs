using System.Text.RegularExpressions;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Yaml;

namespace Kennisbank.Validation;

/// <summary>
/// Old URLs (<c>aliases</c>) must be plain site paths: they become files in the output folder, so they may
/// not contain "..", a scheme, a query or odd characters. "/oud/pad" and "/oud/pad/" mean the same page.
/// </summary>
public static partial class AliasPaths
{
    [GeneratedRegex("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$")]
    private static partial Regex Segment();

    public static IReadOnlyList<Located<string>> Normalize(IReadOnlyList<Located<string>> aliases, DiagnosticBag diagnostics)
    {
        var result = new List<Located<string>>();
        foreach (var alias in aliases)
        {
            if (alias.Value.Split('/').FirstOrDefault(s => s.Length > InputLimits.SegmentLength) is { } longSegment)
                diagnostics.Error(ErrorCodes.SegmentTooLong, alias.At,
                    $"alias '{alias.Value[..40]}…' heeft een deel van {longSegment.Length} tekens tussen twee '/'; het maximum is {InputLimits.SegmentLength}");
            else if (Normalize(alias.Value) is { } path)
                result.Add(alias with { Value = path });
            else
                diagnostics.Error(ErrorCodes.UnsafePath, alias.At,
                    $"alias '{alias.Value}' is geen geldig oud adres op deze site: gebruik een pad als /oud/adres/ (letters, cijfers, -, _, . en /; geen '..')");
        }

        return result;
    }

    public static string? Normalize(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal))
            return null;
        var segments = alias.Trim('/').Split('/');
        if (segments is [""])
            return null;
        if (!segments.All(s => Segment().IsMatch(s) && s != "." && s != ".."))
            return null;
        var last = segments[^1];
        var isFile = last.EndsWith(".html", StringComparison.Ordinal) || last.EndsWith(".htm", StringComparison.Ordinal);
        return "/" + string.Join('/', segments) + (isFile ? "" : "/");
    }
}
