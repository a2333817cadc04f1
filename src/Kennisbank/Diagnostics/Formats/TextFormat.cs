namespace Kennisbank.Diagnostics.Formats;

/// <summary><c>path:line:column: error KBnnn: message</c>, one per line: what compilers print and editors can jump to.</summary>
public sealed class TextFormat : IDiagnosticFormat
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());
    }
}
