namespace Kennisbank.Diagnostics;

/// <summary>How serious a problem is: errors fail the build, warnings only fail it under --strict.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the input, pointing at the place an editor has to fix.
/// Diagnostics are data: every stage reports them to one <see cref="DiagnosticBag"/> instead of throwing.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    /// <summary>
    /// The canonical text form: <c>path:line:column: error KBnnn: message</c>, always one line (a message that quotes
    /// a line break, say from a YAML key, shows it as ⏎) so editors and problem matchers read one problem per line.
    /// </summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {OneLine(Message)}";

    private static string OneLine(string text) =>
        text.Replace("\r\n", "⏎", StringComparison.Ordinal).Replace('\n', '⏎').Replace('\r', '⏎');
}
