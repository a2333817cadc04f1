using Ganss.Xss;

namespace Kennisbank.Markdown;

/// <summary>
/// Cleans article HTML when an editor wrote raw HTML in Markdown: no script, no event handlers, no
/// javascript: URLs. Markdig's own output is already safe (link schemes are checked by <see cref="LinkResolver"/>),
/// so articles without raw HTML skip this comparatively expensive DOM round trip.
/// </summary>
public static class RawHtmlSanitizer
{
    // HtmlSanitizer keeps per-call state in events; one instance per thread keeps parallel rendering safe.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(Create);

    public static string Sanitize(string html) => Sanitizer.Value!.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // The focusable, named scroll region every table is wrapped in (ScrollableTables).
        foreach (var attribute in new[] { "role", "tabindex", "aria-label" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
            sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer;
    }
}
