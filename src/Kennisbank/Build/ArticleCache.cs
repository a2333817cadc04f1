using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Build;

/// <summary>
/// What <c>serve</c> keeps between builds so that a changed article is the only one parsed and rendered again:
/// per file, its text, the article as validated, its rendered body and the diagnostics each step reported
/// (replayed while the file is unchanged, so an unfixed error stays visible). A body is reused only while the
/// site's slugs and base path are the same, because link rewriting depends on them.
/// </summary>
public sealed class ArticleCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    internal sealed class Entry
    {
        public required string Text { get; init; }

        /// <summary>The article as validated; a build without a cache clears it once the body is rendered.</summary>
        public required Article? Parsed { get; set; }

        public required IReadOnlyList<Diagnostic> ParseDiagnostics { get; init; }

        public string? LinkContext { get; set; }

        public Article? Rendered { get; set; }

        public IReadOnlyList<Diagnostic> RenderDiagnostics { get; set; } = [];
    }

    internal Entry? Find(string fullPath, string text)
    {
        lock (_gate)
            return _entries.TryGetValue(fullPath, out var entry) && entry.Text == text ? entry : null;
    }

    internal void Store(string fullPath, Entry entry)
    {
        lock (_gate)
            _entries[fullPath] = entry;
    }

    /// <summary>Forgets files that no longer exist.</summary>
    internal void Retain(IReadOnlySet<string> fullPaths)
    {
        lock (_gate)
        {
            foreach (var gone in _entries.Keys.Where(k => !fullPaths.Contains(k)).ToList())
                _entries.Remove(gone);
        }
    }
}
