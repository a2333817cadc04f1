namespace Kennisbank.Tests.Check;

/// <summary>
/// A GitHub Actions workflow command read from one line of a step's output, the way the Actions runner reads it
/// (docs: "Workflow commands for GitHub Actions"; runner: ActionCommand.TryParseV2):
/// <c>::name key=value,key=value::message</c>. The command info ends at the first <c>::</c> after the leading one;
/// the name ends at the first space; properties are split on ',' (empty entries dropped) and each on its first '=';
/// property values unescape %0D %0A %3A %2C %25 and the message unescapes %0D %0A %25 — in that order, %25 last,
/// exactly as the runner does, so an escaped "%253A" becomes "%3A" and not ":".
/// </summary>
internal sealed record WorkflowCommand(string Name, IReadOnlyDictionary<string, string> Properties, string Message)
{
    private const string CommandKey = "::";

    private static readonly (string Escaped, string Text)[] DataMappings = [("%0D", "\r"), ("%0A", "\n"), ("%25", "%")];

    private static readonly (string Escaped, string Text)[] PropertyMappings =
        [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")];

    /// <summary>The command on <paramref name="line"/>, or null when the runner would not see a command there.</summary>
    public static WorkflowCommand? TryParse(string line)
    {
        var text = line.TrimStart();
        if (!text.StartsWith(CommandKey, StringComparison.Ordinal))
            return null;
        var end = text.IndexOf(CommandKey, CommandKey.Length, StringComparison.Ordinal);
        if (end < 0)
            return null;

        var info = text[CommandKey.Length..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? info : info[..space];
        if (name.Length == 0)
            return null;
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space >= 0)
        {
            foreach (var pair in info[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var keyValue = pair.Split('=', 2);
                if (keyValue.Length == 2)
                    properties[keyValue[0]] = Unescape(keyValue[1], PropertyMappings);
            }
        }

        return new WorkflowCommand(name, properties, Unescape(text[(end + CommandKey.Length)..], DataMappings));
    }

    public static WorkflowCommand Parse(string line) =>
        TryParse(line) ?? throw new Xunit.Sdk.XunitException($"not a workflow command the Actions runner would read: {line}");

    public string Property(string key) =>
        Properties.TryGetValue(key, out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"::{Name} has no '{key}' property (has {string.Join(", ", Properties.Keys)})");

    private static string Unescape(string value, (string Escaped, string Text)[] mappings)
    {
        foreach (var (escaped, text) in mappings)
            value = value.Replace(escaped, text, StringComparison.Ordinal);
        return value;
    }
}
