using System.Collections.Concurrent;

namespace Kennisbank.Diagnostics;

/// <summary>
/// The one collector every stage reports problems to. Thread-safe, because pages are processed in parallel;
/// <see cref="Sorted"/> gives them back in a stable order (path, line, column) so output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Error, code, at.Path, at.Line, at.Column, message));

    public void Warning(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, at.Path, at.Line, at.Column, message));

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
}
