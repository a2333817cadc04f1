using Kennisbank.Configuration;
using Kennisbank.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kennisbank.Rendering;

/// <summary>
/// The functions templates may call, besides Scriban's built-ins: Dutch dates, the site's URL scheme, URL helpers and
/// a rendered body (<c>body_html article.body</c>: the model holds the sanitized HTML as bytes; only here is it declared safe to print).
/// URL helpers need the base path, so they are created per build (<see cref="ForSite"/>).
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Shared { get; } = CreateShared();

    private static ScriptObject CreateShared()
    {
        var functions = new ScriptObject();
        Add(functions, TemplateFunction.Create<DateOnly, string>("dutch_date", DutchDates.Format));
        Add(functions, TemplateFunction.Create<DateOnly, string>("iso_date", DutchDates.Iso));
        Add(functions, TemplateFunction.Create<string, string>("theme_path", SitePaths.Theme));
        Add(functions, TemplateFunction.Create<string, string>("type_path", SitePaths.Type));
        Add(functions, TemplateFunction.Create<string, string>("school_type_path", SitePaths.SchoolType));
        Add(functions, TemplateFunction.Create<string, string>("region_path", SitePaths.Region));
        Add(functions, TemplateFunction.Create<string, string>("tag_path", SitePaths.Tag));
        Add(functions, TemplateFunction.Create<IReadOnlyList<Model.TocEntry>, IReadOnlyList<TocSection>>("toc_sections", TocSection.Nest));
        Add(functions, TemplateFunction.Create<Article, IReadOnlyList<DownloadInfo>>("downloads", DownloadInfo.Of));
        Add(functions, TemplateFunction.Create<Pages.ContentPage, IReadOnlyList<DownloadInfo>>("page_downloads", DownloadInfo.Of));
        Add(functions, TemplateFunction.Create<int, string, string, string>("plural", (n, one, many) => n == 1 ? one : many));
        Add(functions, TemplateFunction.Create<RenderedMarkdown?, RawHtml>("body_html", body => new RawHtml(body?.HtmlUtf8 ?? ReadOnlyMemory<byte>.Empty)));
        return functions;
    }

    /// <summary>
    /// What is bound to one site's configuration: the URL helpers <c>relative_url</c> and <c>absolute_url</c>, and
    /// <c>synonyms_json</c>, search.synonyms as JSON for the search page's data element; and what belongs to the
    /// theme: <c>script_modules</c>, the modules a page's module scripts load statically (<see cref="ScriptModules"/>).
    /// </summary>
    public static ScriptObject ForSite(SiteConfig config, ScriptModules modules)
    {
        var functions = new ScriptObject();
        Add(functions, TemplateFunction.Create<string, string>("relative_url", path => Urls.Relative(config, path)));
        Add(functions, TemplateFunction.Create<string, string>("absolute_url", path => Urls.Absolute(config, path)));
        Add(functions, TemplateFunction.WithContext<object, IReadOnlyList<string>>("script_modules", (context, entries) => ScriptModulesOf(context, modules, entries)));
        functions.SetValue("synonyms_json", new RawHtml(config.SearchSynonyms.ToScriptJson()), readOnly: true);
        return functions;
    }

    // script_modules '/assets/a.js' or script_modules ['/assets/a.js', '/assets/b.js']: the entries first, in that order.
    private static IReadOnlyList<string> ScriptModulesOf(TemplateContext context, ScriptModules modules, object entries)
    {
        var paths = entries is string one ? [one] : ((IEnumerable<object?>)entries).Select(e => e?.ToString() ?? "").ToList();
        foreach (var path in paths.Where(p => !modules.Contains(p)))
            throw new ScriptRuntimeException(context.CurrentSpan, $"'script_modules': het thema heeft geen script {path} (templates{path})");
        return modules.StaticGraph(paths);
    }

    internal static void Add(ScriptObject functions, TemplateFunction function, string? name = null) =>
        functions.SetValue(name ?? function.Name, function, readOnly: true);
}
