namespace Kennisbank.Diagnostics.Formats;

/// <summary>One way of printing diagnostics (plain text, GitHub Actions commands, JSON), chosen with <c>--format</c>.</summary>
public interface IDiagnosticFormat
{
    void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics);

    public static IDiagnosticFormat? ByName(string name) => name switch
    {
        "text" => new TextFormat(),
        "github" => new GitHubFormat(),
        "json" => new JsonFormat(),
        _ => null,
    };
}
