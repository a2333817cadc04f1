using System.Text;
using Kennisbank.Output;
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

    /// <summary>The visible text as UTF-8 (the form the model keeps it in) and its word count.</summary>
    public static (byte[] Utf8, int Words) Extract(MarkdownDocument document)
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

        // Counted and encoded from the builder's own chunks: the text never exists as a string (at 100,000 articles
        // that string was more than a gigabyte of garbage).
        var words = 0;
        var inWord = false;
        var utf8 = Utf8BufferPool.Rent();
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                words += CountWords(chunk.Span, ref inWord);
                utf8.Write(chunk.Span);
            }

            if (text.Capacity > 1 << 20)
                t_text = null;
            return (utf8.ToArray(), words);
        }
        finally
        {
            Utf8BufferPool.Return(utf8);
        }
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

    // inWord carries over from one piece of a text to the next.
    private static int CountWords(ReadOnlySpan<char> text, ref bool inWord)
    {
        var count = 0;
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
