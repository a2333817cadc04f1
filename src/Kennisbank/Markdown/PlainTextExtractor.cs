using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Markdown;

/// <summary>
/// The visible text of a parsed document, without markup: the body field of the search index and the word count
/// come from the same parse as the HTML, so there is no second Markdown pass.
/// </summary>
public static class PlainTextExtractor
{
    // One builder per thread, reused from article to article: a new one grew through a dozen chunks per article.
    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Extract(MarkdownDocument document)
    {
        var text = t_text ??= new StringBuilder();
        text.Clear();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
                AppendInline(text, inline);
            else if (block is CodeBlock code)
                text.Append(code.Lines.ToString());
            text.Append('\n');
        }

        var result = text.ToString();
        if (text.Capacity > 1 << 20)
            t_text = null;
        return result;
    }

    public static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
            return "";
        var text = new StringBuilder();
        AppendInline(text, inline);
        return text.ToString();
    }

    private static void AppendInline(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case ContainerInline child: AppendInline(text, child); break;
            }
        }
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsAsciiLetterOrDigit(c) || (c > 0x7F && char.IsLetterOrDigit(c));
            if (isWordChar && !inWord)
                count++;
            inWord = isWordChar;
        }

        return count;
    }
}
