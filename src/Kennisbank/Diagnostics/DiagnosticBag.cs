using System.Collections.Concurrent;

namespace Kennisbank.Diagnostics;

/// <summary>
/// The one collector every stage reports problems to. Thread-safe, because pages are processed in parallel;
/// <see cref="Sorted"/> gives them back in a stable order (path, line, column) so output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
            Interlocked.Increment(ref _errors);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            Add(diagnostic);
    }

    /// <summary>Everything collected, in the order it was reported.</summary>
    public IReadOnlyList<Diagnostic> All => _items.ToList();

    public void Error(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Error, code, at.Path, at.Line, at.Column, message));

    public void Warning(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, at.Path, at.Line, at.Column, message));

    public int ErrorCount => Volatile.Read(ref _errors);

    public bool HasErrors => ErrorCount > 0;

    public IReadOnlyList<Diagnostic> Sorted =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
