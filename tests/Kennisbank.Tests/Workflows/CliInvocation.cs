using System.Text;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// One call of our CLI in a workflow's <c>run</c> script — <c>dotnet run --project src/Kennisbank.Cli [dotnet options] --
/// VERB ARGS…</c> or an installed <c>kennisbank VERB ARGS…</c> — split into words the way a POSIX shell would for the
/// simple quoting workflows use (single and double quotes, backslash line continuations).
/// </summary>
internal sealed record CliInvocation(string Line, IReadOnlyList<string> DotnetArguments, string Verb, IReadOnlyList<string> Arguments)
{
    private const string Project = "src/Kennisbank.Cli";

    /// <summary>The options (words starting with --) given to the verb.</summary>
    public IEnumerable<string> Options => Arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(a => a.Split('=')[0]);

    public static IReadOnlyList<CliInvocation> FindIn(string script)
    {
        var found = new List<CliInvocation>();
        foreach (var line in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var words = Words(line);
            var start = words.IndexOf("kennisbank");
            if (start >= 0 && start + 1 < words.Count)
            {
                found.Add(new CliInvocation(line, [], words[start + 1], words[(start + 2)..]));
                continue;
            }

            var project = words.IndexOf(Project);
            if (words is ["dotnet", "run", ..] && project > 0 && words[project - 1] == "--project")
            {
                var separator = words.IndexOf("--");
                Assert.True(separator > project && separator + 1 < words.Count, $"no '-- VERB' after dotnet run in: {line}");
                found.Add(new CliInvocation(line, words[2..separator], words[separator + 1], words[(separator + 2)..]));
            }
        }

        return found;
    }

    /// <summary>Shell words of one line; stops at a comment, a pipe, a redirection or a command separator.</summary>
    public static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q) quote = null;
                else word.Append(c);
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else if (c is '#' or '|' or ';' or '&' or '>' or '<' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
            words.Add(word.ToString());
        return words;
    }
}
