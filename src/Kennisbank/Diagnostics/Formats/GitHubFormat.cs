namespace Kennisbank.Diagnostics.Formats;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=KBnnn::message</c>), so each problem is
/// shown on its line in the pull request. Values are escaped as the Actions runner unescapes them.
/// </summary>
public sealed class GitHubFormat : IDiagnosticFormat
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity == Severity.Error ? "error" : "warning";
            output.WriteLine($"::{command} file={Property(d.Path)},line={d.Line},col={d.Column},title={Property(d.Code)}::{Data(d.Message)}");
        }
    }

    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
