using System.Text.RegularExpressions;

namespace Kennisbank.Tests.Architecture;

/// <summary>
/// The Kennisbank folders a C# source file names: in <c>using</c> directives (plain, static, alias, global) and in
/// fully qualified references in code (<c>Kennisbank.Rendering.RawHtml</c>). Comments and string literals are left
/// out, so a sentence or a resource name does not count as a reference.
/// </summary>
public static partial class SourceReferences
{
    public sealed record Reference(int Line, string Folder, string Text);

    public static IReadOnlyList<Reference> Find(string source)
    {
        var references = new List<Reference>();
        var lines = WithoutCommentsAndStrings(source).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (NamespaceDeclaration().IsMatch(lines[i]))
                continue;
            foreach (Match match in QualifiedName().Matches(lines[i]))
                references.Add(new Reference(i + 1, match.Groups["folder"].Value, lines[i].Trim()));
        }

        return references;
    }

    /// <summary>The folder named by the file's <c>namespace</c> declaration, or null when it has none.</summary>
    public static string? DeclaredFolder(string source)
    {
        var match = NamespaceDeclaration().Match(WithoutCommentsAndStrings(source));
        return match.Success ? LayerOrder.FolderOf(match.Groups["ns"].Value) : null;
    }

    // Keeps the line breaks, so line numbers stay those of the file.
    private static string WithoutCommentsAndStrings(string source) =>
        CommentOrString().Replace(source, m => new string('\n', m.Value.Count(c => c == '\n')));

    [GeneratedRegex(@"(?<raw>""""""+).*?\k<raw>|//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?Kennisbank\.(?<folder>[A-Z]\w*)\b")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^\s*namespace\s+(?<ns>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
