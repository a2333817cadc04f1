using Kennisbank.Diagnostics;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;
using Scriban;
using Scriban.Runtime;

namespace Kennisbank.Rendering;

/// <summary>
/// Stage 7: draws one <see cref="PageSpec"/> with its template and layout. Site-wide values are prepared once;
/// each thread keeps one template context and only the page's own variables are created per page.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly SiteModel _site;
    private readonly ScriptObject[] _globals;
    private readonly ThreadLocal<TemplateContext?> _contexts = new();

    public PageRenderer(TemplateSet templates, SiteModel site, ScriptModules modules, bool liveReload = false)
    {
        _templates = templates;
        _site = site;
        var siteVariables = new ScriptObject();
        siteVariables.SetValue("site", new SiteView(site.Config.Title, site.Config.Description, site.Config.BaseUrl.ToString(),
            site.Themes, site.Articles.Count, liveReload) { Footer = site.Config.Footer, Types = site.Config.Types.Terms }, true);
        _globals = [TemplateFunctions.Shared, TemplateFunctions.ForSite(site.Config, modules), siteVariables];
    }

    /// <summary>The page as UTF-8, or null if its template failed (reported in <paramref name="diagnostics"/>).</summary>
    public byte[]? Render(PageSpec spec, DiagnosticBag diagnostics)
    {
        byte[]? html = null;
        Render(spec, diagnostics, page => html = page.ToArray());
        return html;
    }

    /// <summary>Draws the page and hands its UTF-8 bytes to <paramref name="write"/>, valid only during that call.</summary>
    public bool Render(PageSpec spec, DiagnosticBag diagnostics, Action<ReadOnlySpan<byte>> write)
    {
        var variables = new ScriptObject();
        variables.SetValue("page", new PageView(
            spec.Title,
            spec.Description,
            spec.SitePath,
            Urls.Absolute(_site.Config, spec.Canonical ?? spec.SitePath),
            spec.Breadcrumbs,
            spec.NoIndex,
            spec.FeedUrl,
            spec.SitePath == "/",
            spec.Section), true);
        foreach (var (name, value) in spec.Data)
            variables.SetValue(name, value, true);
        var context = _contexts.Value ??= _templates.CreateContext(_globals);
        var rendered = _templates.Render(context, spec.Template, spec.Layout, variables, diagnostics, write, out var broken);
        if (broken)
            _contexts.Value = null;
        return rendered;
    }
}
