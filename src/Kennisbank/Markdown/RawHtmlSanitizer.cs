using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using Kennisbank.Diagnostics;

namespace Kennisbank.Markdown;

/// <summary>
/// Cleans article HTML when an editor wrote raw HTML in Markdown: no script, no event handlers, no
/// javascript: URLs; nothing that loads from another site (an image, a frame, an object, a stylesheet, a CSS
/// <c>url(…)</c>, <c>srcset</c>, …: the site makes no external requests, for pupils' privacy and closed networks);
/// and no positioning that could draw over the page (<c>position</c>, <c>z-index</c>, offsets, transforms: a fake
/// "log opnieuw in" overlay). What is dropped for the last two reasons is returned, so the editor is told.
/// Markdig's own output is already safe (link schemes are checked by <see cref="LinkResolver"/>), so articles
/// without raw HTML skip this comparatively expensive DOM round trip.
/// </summary>
public static partial class RawHtmlSanitizer
{
    [GeneratedRegex(@"(image-set|(?<![\w-])src)\s*\(\s*(['""](?<url>[^'""]*))?", RegexOptions.IgnoreCase)]
    private static partial Regex StringUrlFunction();

    [GeneratedRegex(@"(?<![\w-])margin(-[a-z-]+)?\s*:[^;]*-\s*[\d.][^;]*;?", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeMargin();

    /// <summary>Elements whose only job is to load or embed something (from elsewhere, or a stylesheet that can).</summary>
    private static readonly HashSet<string> LoadingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "link", "style", "base", "meta", "portal",
        "audio", "video", "source", "track", "picture", "image", "svg", "math",
    };

    /// <summary>CSS properties with which an element leaves the flow of the text and can cover the page.</summary>
    private static readonly HashSet<string> OverlayProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "position", "z-index", "inset", "top", "right", "bottom", "left", "transform", "translate", "scale", "rotate",
    };

    /// <summary>Attributes holding URLs that the browser fetches by itself, beyond the sanitizer's own list.</summary>
    private static readonly string[] FetchedUrlAttributes = ["srcset", "poster", "data", "background", "lowsrc", "dynsrc", "longdesc", "ping", "cite"];

    // HtmlSanitizer keeps per-call state in events; one instance per thread keeps parallel rendering safe.
    private static readonly ThreadLocal<Cleaner> Cleaners = new(() => new Cleaner());

    public static string Sanitize(string html) => Sanitize(html, []);

    /// <summary>Sanitizes; adds to <paramref name="dropped"/> what was left out because it loads from elsewhere or covers the page.</summary>
    public static string Sanitize(string html, List<DroppedHtml> dropped)
    {
        var cleaner = Cleaners.Value!;
        cleaner.Dropped = dropped;
        try
        {
            return cleaner.Sanitizer.Sanitize(html);
        }
        finally
        {
            cleaner.Dropped = [];
        }
    }

    /// <summary>True for a URL that leads to another site: any scheme (http, https, ftp, …) or a protocol-relative <c>//host</c>.</summary>
    private static bool IsElsewhere(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal) || trimmed.StartsWith("/\\", StringComparison.Ordinal))
            return true;
        var colon = trimmed.IndexOf(':');
        var boundary = trimmed.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (boundary < 0 || colon < boundary);
    }

    /// <summary>True when a URL or a srcset-style list of "URL size" candidates names another site.</summary>
    private static bool ListsElsewhere(string value) => value.Split(',').Select(c => c.Trim().Split(' ')[0]).Any(IsElsewhere);

    private sealed class Cleaner
    {
        public Cleaner()
        {
            Sanitizer = new HtmlSanitizer();
            Sanitizer.AllowedAttributes.Add("id");
            Sanitizer.AllowedAttributes.Add("class");
            // The focusable, named scroll region every table is wrapped in (ScrollableTables).
            foreach (var attribute in new[] { "role", "tabindex", "aria-label" })
                Sanitizer.AllowedAttributes.Add(attribute);
            Sanitizer.AllowedSchemes.Clear();
            foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
                Sanitizer.AllowedSchemes.Add(scheme);
            foreach (var tag in new[] { "form", "input", "button", "textarea", "select" }.Concat(LoadingTags))
                Sanitizer.AllowedTags.Remove(tag);
            foreach (var property in OverlayProperties)
                Sanitizer.AllowedCssProperties.Remove(property);
            Sanitizer.AllowedAtRules.Clear();

            Sanitizer.RemovingTag += (_, e) =>
            {
                if (LoadingTags.Contains(e.Tag.LocalName))
                    Drop(ErrorCodes.RawHtmlExternalResource, "het element", e.Tag.LocalName, "<" + e.Tag.LocalName);
            };
            Sanitizer.RemovingStyle += (_, e) =>
            {
                if (OverlayProperties.Contains(e.Style.Name))
                    Drop(ErrorCodes.RawHtmlOverlay, $"'{e.Style.Name}: {e.Style.Value}'", e.Tag.LocalName, e.Tag.GetAttribute("style") ?? e.Style.Name);
            };
            Sanitizer.RemovingAttribute += (_, e) =>
            {
                if (FetchedUrlAttributes.Contains(e.Attribute.Name) && ListsElsewhere(e.Attribute.Value))
                    Drop(ErrorCodes.RawHtmlExternalResource, $"{e.Attribute.Name}=\"{e.Attribute.Value}\"", e.Tag.LocalName, e.Attribute.Value);
            };
            Sanitizer.FilterUrl += (_, e) =>
            {
                var navigates = e.Tag.LocalName is "a" or "area" && e.Tag.GetAttribute("href") == e.OriginalUrl;
                if (navigates || !IsElsewhere(e.OriginalUrl))
                    return;
                e.SanitizedUrl = null;
                Drop(ErrorCodes.RawHtmlExternalResource, $"'{e.OriginalUrl}'", e.Tag.LocalName, e.OriginalUrl);
            };
            Sanitizer.PostProcessNode += (_, e) =>
            {
                if (e.Node is not IElement element)
                    return;
                // image-set() takes URLs as plain strings, which the sanitizer's url() check does not see.
                if (element.GetAttribute("style") is { } style && StringUrlFunction().Match(style) is { Success: true } loading
                    && (!loading.Groups["url"].Success || IsElsewhere(loading.Groups["url"].Value)))
                {
                    element.RemoveAttribute("style");
                    Drop(ErrorCodes.RawHtmlExternalResource, $"'{loading.Value}…' in style", element.LocalName, loading.Groups["url"].Value);
                }

                // A negative margin pulls an element over the text before it: as good as positioning it there.
                if (element.GetAttribute("style") is { } styled && NegativeMargin().IsMatch(styled))
                {
                    var pulled = NegativeMargin().Matches(styled).Select(m => m.Value.Trim().TrimEnd(';')).ToList();
                    element.SetAttribute("style", NegativeMargin().Replace(styled, "").Trim());
                    Drop(ErrorCodes.RawHtmlOverlay, string.Join(", ", pulled.Select(p => $"'{p}'")), element.LocalName, "margin");
                }

                foreach (var name in FetchedUrlAttributes)
                {
                    if (element.GetAttribute(name) is not { } value)
                        continue;
                    element.RemoveAttribute(name);
                    if (ListsElsewhere(value))
                        Drop(ErrorCodes.RawHtmlExternalResource, $"{name}=\"{value}\"", element.LocalName, value);
                }
            };
        }

        public HtmlSanitizer Sanitizer { get; }

        public List<DroppedHtml> Dropped { get; set; } = [];

        /// <summary>Records a dropped part; several parts of one element (its style's properties) become one entry.</summary>
        private void Drop(string code, string what, string element, string needle)
        {
            var index = Dropped.FindIndex(d => d.Code == code && d.Element == element && d.Needle == needle);
            if (index < 0)
                Dropped.Add(new DroppedHtml(code, what, element, needle));
            else if (!Dropped[index].What.Contains(what, StringComparison.Ordinal))
                Dropped[index] = Dropped[index] with { What = Dropped[index].What + ", " + what };
        }
    }
}
