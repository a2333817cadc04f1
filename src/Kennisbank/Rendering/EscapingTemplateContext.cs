using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Kennisbank.Rendering;

/// <summary>
/// A Scriban context that HTML-encodes everything a template prints, except <see cref="RawHtml"/>.
/// Escaping by default means a front matter value such as <c>&lt;script&gt;</c> in a title can never reach a page
/// as markup, whatever a template author forgets.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
            return Write(raw.Html);
        if (textAsObject is null)
            return this;
        return Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
    }
}
