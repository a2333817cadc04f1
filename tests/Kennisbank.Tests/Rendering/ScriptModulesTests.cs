using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Rendering;

/// <summary>
/// <c>script_modules</c> in a template: the modules a page's module scripts load, read from the theme's scripts
/// when the site is built, so a module added to the theme is preloaded without anyone editing a list.
/// </summary>
public sealed class ScriptModulesTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _templates;

    public ScriptModulesTests()
    {
        _site.Article("a.md");
        _templates = SiteFiles.CopyTemplates(_site);
    }

    public void Dispose() => _site.Dispose();

    private List<string> Preloaded() =>
        _site.Page("/zoeken/").QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")!).ToList();

    [Fact]
    public void A_module_the_page_starts_to_import_is_preloaded_and_one_it_no_longer_imports_is_not()
    {
        var page = Path.Combine(_templates, "assets", "search", "page.js");
        File.WriteAllText(Path.Combine(_templates, "assets", "search", "new-part.js"), "import { fold } from './query-words.js';\nexport const part = fold;\n");
        File.WriteAllText(page, "import { part } from './new-part.js';\n" + File.ReadAllText(page).Replace("import { createArticlePages } from './article-pages.js';\n", ""));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("/assets/search/new-part.js", Preloaded());
        Assert.Contains("/assets/search/query-words.js", Preloaded());
        // article-pages.js, and article-text.js which only it imports, are no longer loaded by the page.
        Assert.DoesNotContain("/assets/search/article-pages.js", Preloaded());
        Assert.DoesNotContain("/assets/search/article-text.js", Preloaded());
    }

    [Fact]
    public void A_script_the_theme_does_not_have_is_a_template_error_with_its_place()
    {
        SiteFiles.InsertLine(_templates, "partials/head-extra.html", 1, "{{ for m in script_modules '/assets/search/gone.js' }}{{ m }}{{ end }}");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB401");
        Assert.EndsWith("partials/head-extra.html", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("templates/assets/search/gone.js", error.Message);
    }
}
