using System.Text.RegularExpressions;
using Kennisbank.Rendering;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// The search page asks for every module its scripts import at load time at once (modulepreload), found from the
/// modules' own import lines: a module the browser only discovers one import level later costs a round trip before the
/// first result. A module loaded on demand (import()) is not preloaded: its bytes are not paid by every search.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed partial class SearchModulePreloadTests(StarterSite site)
{
    // A statement starting a line: import/export … from '…' (no call or statement end before `from`), or import '…'.
    [GeneratedRegex("""^(?:(?:import|export)\b[^'"();]*?\bfrom\s*|import\s*)['"](?<path>\.{1,2}/[^'"]+)['"]""", RegexOptions.Multiline)]
    private static partial Regex ImportLine();

    [GeneratedRegex("""\bimport\(\s*['"](?<path>\.{1,2}/[^'"]+)['"]\s*\)""")]
    private static partial Regex DynamicImport();

    private string Script(string sitePath) => File.ReadAllText(site.File(sitePath));

    private static string Resolve(string from, string specifier) => new Uri(new Uri("http://site" + from), specifier).AbsolutePath;

    private AngleSharp.Dom.IDocument SearchPage() => site.Page("/zoeken/");

    private List<string> Preloaded() =>
        SearchPage().QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")!).ToList();

    /// <summary>Every module the page's module scripts (or <paramref name="entry"/>) import statically, directly or not, themselves included.</summary>
    private HashSet<string> ImportedAtLoad(string? entry = null)
    {
        var pending = new Queue<string>(entry is not null ? [entry] : SearchPage().QuerySelectorAll("script[type=module]").Select(s => s.GetAttribute("src")!));
        var found = new HashSet<string>(pending, StringComparer.Ordinal);
        while (pending.TryDequeue(out var module))
            foreach (Match import in ImportLine().Matches(Script(module)))
                if (found.Add(Resolve(module, import.Groups["path"].Value)))
                    pending.Enqueue(Resolve(module, import.Groups["path"].Value));
        return found;
    }

    [Fact]
    public void Every_module_imported_at_load_time_is_preloaded()
    {
        var imported = ImportedAtLoad();

        Assert.True(imported.Count > 12, $"only {imported.Count} modules found: does the page still load /assets/search/page.js?");
        Assert.Empty(imported.Except(Preloaded()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_modules_imported_at_load_time_are_preloaded_each_once()
    {
        var preloaded = Preloaded();

        Assert.Equal(preloaded.Distinct().Count(), preloaded.Count);
        Assert.Empty(preloaded.Except(ImportedAtLoad()));
    }

    [Fact]
    public void The_modules_of_early_shards_come_first_at_high_priority_the_others_after_them()
    {
        var early = ImportedAtLoad("/assets/search/early-shards.js");
        var links = SearchPage().QuerySelectorAll("link[rel=modulepreload]").ToList();

        Assert.True(early.Count > 3, $"early-shards.js imports only {early.Count - 1} modules");
        Assert.Equal(early.Order(StringComparer.Ordinal), links.Take(early.Count).Select(l => l.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(links.Take(early.Count), l => Assert.Equal("high", l.GetAttribute("fetchpriority")));
        Assert.All(links.Skip(early.Count), l => Assert.Null(l.GetAttribute("fetchpriority")));
    }

    [Fact]
    public void A_module_loaded_on_demand_is_not_preloaded()
    {
        var onDemand = ImportedAtLoad()
            .SelectMany(module => DynamicImport().Matches(Script(module)).Select(m => Resolve(module, m.Groups["path"].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("/assets/search/suggestions.js", onDemand);
        Assert.Empty(onDemand.Intersect(Preloaded()));
    }

    [Fact]
    public void The_manifest_is_preloaded_as_the_download_the_page_reads_and_only_with_javascript()
    {
        var page = SearchPage();
        var preload = Assert.Single(page.QuerySelectorAll("link[rel=preload][as=fetch]"));

        // fetch() reuses a preload only for the same URL, as=fetch and the same credentials mode (crossorigin: anonymous).
        Assert.Equal(page.GetElementById("kb-zoeken")!.GetAttribute("data-manifest-url"), preload.GetAttribute("href"));
        Assert.Equal("fetch", preload.GetAttribute("as"));
        Assert.True(preload.HasAttribute("crossorigin") && preload.GetAttribute("crossorigin") is "" or "anonymous");
        Assert.Equal("(scripting: enabled)", preload.GetAttribute("media"));
        // Before the modules, which would otherwise take the connections first.
        Assert.True(preload.CompareDocumentPosition(page.QuerySelector("link[rel=modulepreload]")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Lunr_is_preloaded_in_the_order_it_must_run_and_added_by_the_modules_not_by_the_parser()
    {
        var page = SearchPage();
        var preloads = page.QuerySelectorAll("link[rel=preload][as=script]").ToList();

        // lunr-ready.js adds these as ordered dynamic scripts: they run as soon as they are in, not after the page is
        // parsed (deferred scripts would hold the modules that need lunr until then).
        Assert.Equal(["/assets/vendor/lunr/lunr.min.js", "/assets/vendor/lunr/lunr.stemmer.support.min.js", "/assets/vendor/lunr/lunr.nl.min.js"],
            preloads.Select(l => l.GetAttribute("href")!));
        Assert.All(preloads, l => Assert.Equal("(scripting: enabled)", l.GetAttribute("media")));
        Assert.All(preloads, l => Assert.True(File.Exists(site.File(l.GetAttribute("href")!))));
        Assert.Empty(page.QuerySelectorAll("script[src*='/lunr/']"));
        Assert.Contains("link[rel=\"preload\"][as=\"script\"]", Script("/assets/search/lunr-ready.js"));
    }

    [Fact]
    public void The_module_scripts_are_async_and_the_parser_blocking_script_is_asked_for_first()
    {
        var page = SearchPage();

        var modules = page.QuerySelectorAll("script[type=module]").ToList();
        Assert.Equal(["/assets/search/early-shards.js", "/assets/search/page.js"], modules.Select(s => s.GetAttribute("src")!));
        Assert.All(modules, s => Assert.True(s.HasAttribute("async")));
        // search-early.js holds the parser until it is in: before every preload, which would take the connections first.
        var early = page.QuerySelector("script[src='/assets/search-early.js']")!;
        Assert.False(early.HasAttribute("async") || early.HasAttribute("defer"));
        Assert.True(early.CompareDocumentPosition(page.QuerySelector("link[rel=preload]")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        // What early-shards.js reads of the page is above it in the head, so it need not wait for the page to be parsed.
        var synonyms = page.GetElementById("kb-synoniemen")!;
        Assert.Equal("HEAD", synonyms.ParentElement!.TagName);
        Assert.True(synonyms.CompareDocumentPosition(modules[0]).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Contains("link[rel=\"preload\"][as=\"fetch\"]", Script("/assets/search/early-shards.js"));
        Assert.DoesNotContain("parsed(", Script("/assets/search/early-shards.js"));
    }

    [Fact]
    public void Import_lines_are_read_as_the_browser_reads_them()
    {
        const string module = """
            /* A comment that says import x from './not-an-import.js' is not at the start of a line. */
            import { a } from './a.js';
            import {
              b,
              c,
            } from "./b.js";
            import './side-effect.js';
            export { d } from '../d.js';
            export * from './a.js';
            import lunr from 'lunr';
            const later = () => import('./later.js');
            """;

        Assert.Equal(["/assets/search/a.js", "/assets/search/b.js", "/assets/search/side-effect.js", "/assets/d.js"],
            ScriptModules.ImportsOf("/assets/search/page.js", module));
    }
}
