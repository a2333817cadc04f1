using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Kennisbank.Rendering;

/// <summary>
/// A Scriban context that HTML-encodes everything a template prints, except <see cref="RawHtml"/>.
/// Escaping by default means a front matter value such as <c>&lt;script&gt;</c> in a title can never reach a page
/// as markup, whatever a template author forgets.
/// </summary>
public sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>
    /// Scriban's built-in functions, created once: a context builds its own set unless given one, and that
    /// costs more than rendering a small page. The set is only read, so all threads can share it.
    /// </summary>
    public static ScriptObject SharedBuiltins { get; } = new BuiltinFunctions();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            if (Output is Utf8Output utf8)
                utf8.Buffer.Write(raw.Utf8.Span);
            else
                Write(raw.Html);
            return this;
        }

        if (textAsObject is null)
            return this;
        return Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
    }
}
