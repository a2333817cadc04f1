using Kennisbank.Content;

namespace Kennisbank.Yaml;

/// <summary>
/// How deep YAML nests, estimated from the text before YamlDotNet sees it: its parser recurses once per level, and
/// 100,000 levels (<c>[[[[…</c>, or <c>- - - - …</c> on one line) overflow the stack, which kills the process
/// before any handler runs. The estimate never undercounts: every open flow bracket, every block indicator at the
/// start of a line and every deeper indentation counts as a level. Quotes are not tracked, so brackets inside a
/// string count too; that only matters for text with dozens of unclosed brackets.
/// </summary>
internal static class YamlNesting
{
    /// <summary>The 1-based line and column where nesting first exceeds <see cref="InputLimits.YamlDepth"/>, or null.</summary>
    public static (int Line, int Column)? FindTooDeep(string text)
    {
        var flow = 0;
        var indents = new Stack<int>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
                indent++;
            var blank = indent == line.Length || line[indent] == '#';
            if (!blank && flow == 0)
            {
                while (indents.Count > 0 && indents.Peek() >= indent)
                    indents.Pop();
                indents.Push(indent);
            }

            // Block indicators ("- ", "? ", ": ") at the start of a line each open a level of their own.
            var block = indents.Count;
            var i = indent;
            while (i + 1 < line.Length && line[i] is '-' or '?' or ':' && line[i + 1] == ' ')
            {
                block++;
                i += 2;
                while (i < line.Length && line[i] == ' ')
                    i++;
                if (block + flow > InputLimits.YamlDepth)
                    return (lineNumber, i + 1);
            }

            for (; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '[' or '{':
                        flow++;
                        if (block + flow > InputLimits.YamlDepth)
                            return (lineNumber, i + 1);
                        break;
                    case ']' or '}':
                        flow = Math.Max(0, flow - 1);
                        break;
                }
            }

            if (block + flow > InputLimits.YamlDepth)
                return (lineNumber, indent + 1);
        }

        return null;
    }
}
