using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// Parses a body and refuses one nested deeper than <see cref="InputLimits.MarkdownDepth"/> (quotes in quotes, lists
/// in lists, emphasis in emphasis) with a located error. Markdig itself throws at 128 levels (64 nested list levels,
/// 20,000 '&gt;'); that is caught here too, so a deep body is an editor's error and never a crash, and everything
/// after this stage (headings, links, HTML, plain text) only ever walks a shallow tree.
/// </summary>
internal static class MarkdownNesting
{
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, ArticleSource source, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            Report(source, DeepestLooking(markdown), diagnostics);
            return null;
        }

        if (Deepest(document) is { } deep)
        {
            Report(source, deep.Line, diagnostics);
            return null;
        }

        return document;
    }

    private static void Report(ArticleSource source, int line, DiagnosticBag diagnostics) =>
        diagnostics.Error(ErrorCodes.MarkdownTooDeep, new SourceLocation(source.DisplayPath, source.BodyFirstLine + line, 1),
            $"de tekst is hier dieper genest dan {InputLimits.MarkdownDepth} niveaus (citaten '>' of lijsten in elkaar); maak de structuur platter");

    /// <summary>The first element nested too deep, or null.</summary>
    private static MarkdownObject? Deepest(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > InputLimits.MarkdownDepth)
                return node;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                        pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines)
                        pending.Push((child, depth + 1));
                    break;
            }
        }

        return null;
    }

    /// <summary>When Markdig gave up: the 0-based line with the longest run of quote and list markers at its start.</summary>
    private static int DeepestLooking(string markdown)
    {
        var lines = markdown.Split('\n');
        var best = 0;
        var bestLength = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var length = 0;
            while (length < lines[i].Length && lines[i][length] is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' or (>= '0' and <= '9'))
                length++;
            if (length > bestLength)
                (best, bestLength) = (i, length);
        }

        return best;
    }
}
