using System.Text.RegularExpressions;
using System.Xml;
using Kennisbank.Diagnostics;

namespace Kennisbank.Markdown;

/// <summary>
/// An SVG attachment is published byte for byte on the site's own origin, and a browser that opens it runs any
/// script in it there. So an SVG must pass an allow-list, or the build refuses it (KB310, at the line and column in
/// the SVG): only drawing elements of the SVG namespace (and inert editor metadata such as Inkscape's); no script,
/// animation (it can set links), foreignObject or embedded HTML; no event-handler attribute; no DOCTYPE or
/// processing instruction; references only within the file (<c>#id</c>, <c>url(#id)</c>), raster images only as
/// <c>data:</c>, and links (<c>&lt;a&gt;</c>) only to http(s) or mailto.
/// </summary>
public static partial class SvgAllowList
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "desc", "title", "metadata", "symbol", "use", "switch", "a", "image", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "filter",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
        "feSpotLight", "feTile", "feTurbulence",
    };

    /// <summary>Namespaces of editor metadata a browser never renders or runs (Inkscape, Sodipodi, RDF, Dublin Core, Creative Commons).</summary>
    private static readonly HashSet<string> InertNamespaces = new(StringComparer.Ordinal)
    {
        "http://www.inkscape.org/namespaces/inkscape", "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://purl.org/dc/elements/1.1/", "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/", "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/SaveForWeb/1.0/",
    };

    [GeneratedRegex(@"url\s*\(\s*(?!['""]?\s*#)", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideUrl();

    // A backslash could spell url( or @import as a CSS escape (\75rl), and image-set() takes URLs as plain strings.
    [GeneratedRegex(@"@import|image-set\s*\(|javascript\s*:|expression\s*\(|-moz-binding|behavior\s*:|\\", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeCss();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$")]
    private static partial Regex RasterDataUrl();

    [GeneratedRegex(@"^(https?://|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkUrl();

    /// <summary>Reports every part of the SVG outside the allow-list, located in the SVG; true when there is none.</summary>
    public static bool Check(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        var problems = 0;
        void Refuse(IXmlLineInfo at, string problem)
        {
            problems++;
            diagnostics.Error(ErrorCodes.UnsafeSvg, new SourceLocation(displayPath, Math.Max(at.LineNumber, 1), Math.Max(at.LinePosition, 1)),
                $"SVG-bijlage geweigerd: {problem}; een SVG op de site mag alleen tekenen (geen scripts, event-handlers, animaties, "
                + "HTML of verwijzingen naar andere bestanden). Sla de tekening op als 'gewoon SVG' of als PNG");
        }

        using var stream = AttachmentFiles.OpenRead(path);
        using var reader = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)reader;
        var inStyle = false;
        try
        {
            var root = true;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        inStyle = CheckElement(reader, info, root, Refuse);
                        root = false;
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle && IsUnsafeCss(reader.Value):
                        Refuse(info, "een <style> die iets van buiten laadt (url(…), @import) of script bevat");
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        Refuse(info, $"de verwerkingsinstructie <?{reader.Name} …?>");
                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            var at = new LineInfo(exception.LineNumber, exception.LinePosition);
            Refuse(at, exception.Message.Contains("DTD", StringComparison.Ordinal)
                ? "een DOCTYPE (entiteiten kunnen andere bestanden binnenhalen)"
                : $"geen geldig XML ({exception.Message})");
        }

        return problems == 0;
    }

    /// <summary>Checks one start tag and its attributes; true when it opens a &lt;style&gt; whose text must be checked.</summary>
    private static bool CheckElement(XmlReader reader, IXmlLineInfo info, bool root, Action<IXmlLineInfo, string> refuse)
    {
        var name = reader.LocalName;
        var isSvg = reader.NamespaceURI == SvgNamespace;
        if (root && !(isSvg && name == "svg"))
            refuse(info, $"het bestand begint met <{reader.Name}>, niet met een <svg> in de SVG-namespace");
        else if (isSvg ? !Elements.Contains(name) : !InertNamespaces.Contains(reader.NamespaceURI))
            refuse(info, $"het element <{reader.Name}>");
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                CheckAttribute(reader, name, info, refuse);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return isSvg && name == "style" && !reader.IsEmptyElement;
    }

    private static void CheckAttribute(XmlReader reader, string element, IXmlLineInfo info, Action<IXmlLineInfo, string> refuse)
    {
        var (name, space, value) = (reader.LocalName, reader.NamespaceURI, reader.Value);
        if (space == XmlnsNamespace || InertNamespaces.Contains(space))
            return;
        if (space == XmlNamespace && name == "base")
            refuse(info, "het attribuut xml:base");
        else if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            refuse(info, $"de event-handler {reader.Name}=\"…\"");
        else if (name == "href" && space is "" or XlinkNamespace && !IsAllowedReference(element, value.Trim()))
            refuse(info, $"de verwijzing {reader.Name}=\"{Shorten(value)}\" naar iets buiten dit bestand");
        else if (space != "" && space != XlinkNamespace && space != XmlNamespace)
            refuse(info, $"het attribuut {reader.Name}");
        else if (OutsideUrl().IsMatch(value) || (name == "style" && IsUnsafeCss(value)))
            refuse(info, $"het attribuut {reader.Name}=\"{Shorten(value)}\" laadt iets van buiten dit bestand");
    }

    private static bool IsAllowedReference(string element, string value) =>
        value.StartsWith('#')
        || (element == "image" && RasterDataUrl().IsMatch(value))
        || (element == "a" && LinkUrl().IsMatch(value));

    private static bool IsUnsafeCss(string css) => OutsideUrl().IsMatch(css) || UnsafeCss().IsMatch(css);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";

    private sealed record LineInfo(int LineNumber, int LinePosition) : IXmlLineInfo
    {
        public bool HasLineInfo() => true;
    }
}
