using System.Text.RegularExpressions;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Architecture;

/// <summary>
/// The layer order of <c>src/Kennisbank/</c>, read from the pipeline map in README.md: the folders in the order listed,
/// lowest first. Reading it from the README keeps the rule in one place; moving a folder there moves it here.
/// </summary>
public sealed partial class LayerOrder
{
    private readonly Dictionary<string, int> _rank;

    private LayerOrder(IReadOnlyList<string> folders)
    {
        Folders = folders;
        _rank = folders.Select((folder, i) => (folder, i)).ToDictionary(p => p.folder, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Folders { get; }

    public static LayerOrder FromReadme() => Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));

    public static LayerOrder Parse(string readme)
    {
        var section = readme.IndexOf("## For developers: the pipeline", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no section 'For developers: the pipeline'");
        var start = readme.IndexOf("```\n", section, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var folders = readme[start..end].Split('\n')
            .Select(line => MapEntry().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["folder"].Value)
            .ToList();
        Assert.True(folders.Count > 0, "the pipeline map in README.md lists no folders");
        var twice = folders.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key + "/").ToList();
        Assert.True(twice.Count == 0, $"the pipeline map in README.md lists {string.Join(", ", twice)} more than once");
        return new LayerOrder(folders);
    }

    /// <summary>The folder a namespace such as <c>Kennisbank.Diagnostics.Formats</c> belongs to, or null outside Kennisbank.</summary>
    public static string? FolderOf(string? ns)
    {
        if (ns is null || !ns.StartsWith("Kennisbank.", StringComparison.Ordinal))
            return null;
        var rest = ns["Kennisbank.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    public bool Contains(string folder) => _rank.ContainsKey(folder);

    /// <summary>True when <paramref name="user"/> may use <paramref name="used"/>: its own folder or one listed above it.</summary>
    public bool MayUse(string user, string used) => _rank[used] <= _rank[user];

    [GeneratedRegex(@"^(?<folder>[A-Z][A-Za-z]*)/\s")]
    private static partial Regex MapEntry();
}
