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
    /// The path is made one line too: a file named "x\n::error file=…" must not print a second, forged line that
    /// GitHub Actions would read as an annotation of its own.
    /// </summary>
    public override string ToString() =>
        $"{OneLine(Path)}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {OneLine(Message)}";

    /// <summary>Text for one terminal line: line breaks shown as ⏎, other control characters (escape sequences) as �.</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
            return text;
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                continue;
            builder.Append(c is '\n' or '\r' ? '⏎' : c != '\t' && char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }
}
