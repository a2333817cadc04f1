using System.Text.Json;
using System.Text.RegularExpressions;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.SearchPage;

/// <summary>
/// The search page of the starter site in headless Debian Chromium, driven like a user would: the real index
/// our C# wrote, loaded by the real lunr.js. All scenarios run in one browser session (one Node process).
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed partial class SearchPageTests(StarterSite site)
{
    private static readonly object Gate = new();
    private static Dictionary<string, JsonElement>? _report;

    [GeneratedRegex("[a-zà-ÿ]+")]
    private static partial Regex Word();

    private static readonly (string Base, string Inflected)[] InflectionPairs =
        [("leerling", "leerlingen"), ("docent", "docenten"), ("ouder", "ouders"), ("mentor", "mentoren"), ("thuiszitter", "thuiszitters")];

    private (string Query, string ArticleUrl) InflectedCase()
    {
        // An article that only has the inflected form; computed from the built pages so content edits cannot silently void the test.
        var articles = site.HtmlPages().Where(p => p.StartsWith("/artikelen/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3 && !p.Contains("pagina", StringComparison.Ordinal));
        foreach (var (word, inflected) in InflectionPairs)
        {
            foreach (var path in articles)
            {
                var document = site.Page(path);
                var text = string.Join(" ", document.QuerySelector("h1")!.TextContent, document.QuerySelector(".lead")!.TextContent,
                    document.QuerySelector(".article-body")!.TextContent, document.QuerySelector(".tag-list")?.TextContent ?? "").ToLowerInvariant();
                var words = Word().Matches(text).Select(m => m.Value).ToHashSet();
                if (words.Contains(inflected) && !words.Contains(word))
                    return (word, path);
            }
        }

        throw new InvalidOperationException("no article with only an inflected form: extend InflectionPairs");
    }

    private Dictionary<string, JsonElement> Report()
    {
        lock (Gate)
        {
            if (_report is not null)
                return _report;
            var (query, _) = InflectedCase();
            object[] scenarios =
            [
                new { name = "inflected", steps = new object[] { new { open = $"/zoeken/?q={query}" }, new { observe = "results" } } },
                new { name = "typo", steps = new object[] { new { open = "/zoeken/" }, new { type = "thuiszittters" }, new { press = "Enter" }, new { observe = "results" } } },
                new { name = "filters", steps = new object[]
                {
                    new { open = "/zoeken/?q=leerling" }, new { observe = "all" },
                    new { click = "#kb-meer-resultaten" }, new { observe = "more" },
                    new { check = "thema", value = "passend-onderwijs" }, new { observe = "filtered" },
                    new { back = true }, new { observe = "back" }, new { axe = true },
                } },
                new { name = "accents", steps = new object[]
                {
                    new { open = "/zoeken/?q=financi%C3%ABle" }, new { observe = "accented" },
                    new { open = "/zoeken/?q=financiele" }, new { observe = "plain" },
                } },
                new { name = "typing", steps = new object[] { new { open = "/zoeken/" }, new { type = "ventil" }, new { observe = "prefix" } } },
                new { name = "special", steps = new object[] { new { open = "/zoeken/" }, new { type = "ventilatie: (co2)^ ~* [\"" }, new { press = "Enter" }, new { observe = "results" } } },
                new { name = "nothing", steps = new object[] { new { open = "/zoeken/" }, new { type = "qwxzplof" }, new { press = "Enter" }, new { observe = "results" } } },
                new { name = "next", steps = new object[]
                {
                    new { open = "/zoeken/?q=leerling" }, new { observe = "first" },
                    new { clear = true }, new { type = "leerlingen" }, new { press = "Enter" }, new { observe = "same" },
                    new { clear = true }, new { type = "leerlingen veiligheid" }, new { press = "Enter" }, new { observe = "more" },
                } },
                new { name = "filters only", steps = new object[] { new { open = "/zoeken/?thema=huisvesting" }, new { observe = "results" } } },
                new { name = "no javascript", javaScript = false, steps = new object[] { new { open = "/zoeken/?q=leerling" }, new { observe = "page" } } },
                new { name = "keyboard", steps = new object[]
                {
                    new { open = "/zoeken/" }, new { tabTo = "#kb-zoekterm" }, new { type = "huisvesting", keepFocus = true }, new { press = "Enter" },
                    new { observe = "typed" }, new { tabTo = "#kb-filters input[value='huisvesting']" }, new { space = true }, new { observe = "filtered" },
                } },
            ];
            using var temp = new TempDirectory();
            var file = temp.Combine("scenarios.json");
            File.WriteAllText(file, JsonSerializer.Serialize(scenarios));
            using var json = NodeTool.RunJson("browser/search-scenarios.js", [site.OutputDirectory, file]);
            _report = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
            return _report;
        }
    }

    private JsonElement Observe(string scenario, string label) => Report()[scenario].GetProperty("observations").GetProperty(label);

    private static List<string> SearchFiles(JsonElement observation) =>
        observation.GetProperty("searchFiles").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static List<string> Results(JsonElement observation) =>
        observation.GetProperty("results").EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void An_inflected_query_finds_an_article_that_only_uses_another_form()
    {
        var (query, article) = InflectedCase();
        var results = Observe("inflected", "results");

        Assert.Contains(article, Results(results));
        Assert.Equal($"/zoeken/?q={query}", results.GetProperty("url").GetString());
        Assert.Contains("gevonden", results.GetProperty("status").GetString());
    }

    [Fact]
    public void A_typo_is_named_and_answered_with_the_word_it_probably_meant()
    {
        var results = Observe("typo", "results");

        Assert.Empty(Results(results));
        Assert.Equal("Niets gevonden voor ‘thuiszittters’. Bedoelde je thuiszitters?", results.GetProperty("status").GetString());
        Assert.Equal("/zoeken/?q=thuiszittters", results.GetProperty("url").GetString());
    }

    [Fact]
    public void A_filter_narrows_the_results_updates_the_url_and_back_restores_the_previous_state()
    {
        var all = Observe("filters", "all");
        var filtered = Observe("filters", "filtered");
        var back = Observe("filters", "back");

        Assert.True(Results(filtered).Count > 0);
        Assert.True(filtered.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.Equal(Results(filtered).Count, filtered.GetProperty("total").GetInt32());
        Assert.All(filtered.GetProperty("resultMeta").EnumerateArray(), meta => Assert.StartsWith("Passend onderwijs", meta.GetString()));
        Assert.Equal("/zoeken/?q=leerling&thema=passend-onderwijs", filtered.GetProperty("url").GetString());
        Assert.Equal(["thema=passend-onderwijs"], filtered.GetProperty("checked").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal("/zoeken/?q=leerling", back.GetProperty("url").GetString());
        Assert.Equal(Results(all), Results(back).Take(Results(all).Count));
        Assert.Empty(back.GetProperty("checked").EnumerateArray());
    }

    [Fact]
    public void A_first_query_loads_the_manifest_a_term_shard_and_the_result_data_of_the_first_results_only()
    {
        var first = Observe("next", "first");
        var files = SearchFiles(first);

        Assert.NotEmpty(Results(first));
        Assert.Equal("/search/manifest.json", files[0]);
        // The shard of "leerling" and the shard of its synonym "scholier" (kennisbank.yml search.synonyms).
        Assert.InRange(files.Count(f => f.StartsWith("/search/terms/", StringComparison.Ordinal)), 1, 2);
        Assert.DoesNotContain(files, f => f.StartsWith("/search/vocabulary/", StringComparison.Ordinal));
        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.All(files, f => Assert.Matches("^/search/(manifest|terms/[0-9]+|documents/[0-9]+)\\.json$", f));
    }

    [Fact]
    public void Each_script_is_downloaded_once_lunr_from_its_preload_and_the_excerpt_modules_after_the_first_results()
    {
        var first = Observe("next", "first");
        var scripts = first.GetProperty("scripts").EnumerateArray().Select(e => e.GetString()!).ToList();

        // lunr-ready.js adds lunr's scripts to the page after the head preloaded them: one download each.
        Assert.Equal(scripts.Distinct().Count(), scripts.Count);
        Assert.Contains("/assets/vendor/lunr/lunr.min.js", scripts);
        Assert.Contains("/assets/vendor/lunr/lunr.stemmer.support.min.js", scripts);
        Assert.Contains("/assets/vendor/lunr/lunr.nl.min.js", scripts);
        // Loaded with import() once results are drawn: the cards in view get their excerpts, the panel its counts.
        Assert.Contains("/assets/search/excerpt-view.js", scripts);
        Assert.Contains("/assets/search/filters-view.js", scripts);
        Assert.DoesNotContain(site.Page("/zoeken/").QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")),
            href => href is "/assets/search/excerpt-view.js" or "/assets/search/filters-view.js");
    }

    [Fact]
    public void A_next_query_reuses_what_the_page_loaded_and_fetches_only_new_shards()
    {
        var first = SearchFiles(Observe("next", "first"));
        var same = Observe("next", "same");
        var more = Observe("next", "more");

        // "leerlingen" is the same index term as "leerling": nothing new to load.
        Assert.Equal(Results(Observe("next", "first")), Results(same));
        Assert.Empty(SearchFiles(same));
        // A second word needs its own shard (and perhaps result data), never anything loaded before.
        Assert.NotEmpty(Results(more));
        Assert.Contains(SearchFiles(more), f => f.StartsWith("/search/terms/", StringComparison.Ordinal));
        Assert.Empty(SearchFiles(more).Intersect(first));
        Assert.DoesNotContain("/search/manifest.json", SearchFiles(more));
    }

    [Fact]
    public void Facet_counts_are_exact_over_all_matches_not_just_the_results_shown()
    {
        var all = Observe("filters", "all");
        var facets = all.GetProperty("facets").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var filtered = Observe("filters", "filtered");

        // Every article has exactly one theme and one type, so their counts add up to every match.
        int total = all.GetProperty("total").GetInt32();
        Assert.True(total > Results(all).Count);
        Assert.Equal(total, facets.Where(f => f.Key.StartsWith("thema=", StringComparison.Ordinal)).Sum(f => f.Value));
        Assert.Equal(total, facets.Where(f => f.Key.StartsWith("soort=", StringComparison.Ordinal)).Sum(f => f.Value));
        Assert.Equal(facets["thema=passend-onderwijs"], filtered.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Filters_without_words_list_every_matching_article_newest_first()
    {
        var results = Observe("filters only", "results");
        var dates = Results(results).Select(url => site.Page(url).QuerySelector("time[datetime]")!.GetAttribute("datetime")!).ToList();

        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(results.GetProperty("resultMeta").EnumerateArray(), meta => Assert.StartsWith("Huisvesting", meta.GetString()));
        Assert.Equal(site.Page("/themas/huisvesting/").QuerySelectorAll(".card").Length, results.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Without_javascript_the_page_says_so_loads_nothing_and_links_to_the_themes()
    {
        var page = Observe("no javascript", "page");

        Assert.Contains("Zoeken werkt met JavaScript", page.GetProperty("text").GetString());
        Assert.Contains("Passend onderwijs", page.GetProperty("text").GetString());
        // The empty filter panel and result list only appear when the script can fill them.
        Assert.DoesNotContain("Filters", page.GetProperty("text").GetString());
        Assert.Empty(SearchFiles(page));
    }

    [Fact]
    public void Long_result_lists_show_twenty_at_a_time_and_the_button_shows_the_rest()
    {
        var all = Observe("filters", "all");
        var more = Observe("filters", "more");

        Assert.True(all.GetProperty("total").GetInt32() > 20, "the starter content should give more than 20 results for 'leerling'");
        Assert.Equal(20, Results(all).Count);
        Assert.True(all.GetProperty("moreVisible").GetBoolean());
        Assert.Equal(Math.Min(40, all.GetProperty("total").GetInt32()), Results(more).Count);
        Assert.Equal(Results(all), Results(more).Take(20));
    }

    [Fact]
    public void Results_highlight_the_matched_words()
    {
        var marks = Observe("filters", "all").GetProperty("marks").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).ToList();

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("leerling", m));
    }

    [Fact]
    public void Accented_and_unaccented_spellings_find_the_same_articles()
    {
        var accented = Results(Observe("accents", "accented"));
        var plain = Results(Observe("accents", "plain"));

        Assert.NotEmpty(accented);
        Assert.Equal(accented, plain);
    }

    [Fact]
    public void The_word_being_typed_matches_as_a_prefix()
    {
        var prefix = Observe("typing", "prefix");

        Assert.Contains("/artikelen/frisse-lucht-in-de-klas/", Results(prefix));
        Assert.Equal("/zoeken/?q=ventil", prefix.GetProperty("url").GetString());
    }

    [Fact]
    public void Special_characters_in_the_query_cause_no_error()
    {
        var results = Observe("special", "results");

        Assert.Contains("/artikelen/frisse-lucht-in-de-klas/", Results(results));
        Assert.Empty(Report()["special"].GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void A_query_without_results_says_so_and_shows_the_themes()
    {
        var results = Observe("nothing", "results");

        Assert.Empty(Results(results));
        Assert.True(results.GetProperty("noResultsVisible").GetBoolean());
        Assert.Equal("Niets gevonden voor ‘qwxzplof’.", results.GetProperty("status").GetString());
        Assert.NotEmpty(site.Page("/zoeken/").QuerySelectorAll(".search-themes a"));
    }

    [Fact]
    public void Search_and_filters_work_with_the_keyboard_alone()
    {
        var typed = Observe("keyboard", "typed");
        var filtered = Observe("keyboard", "filtered");

        Assert.NotEmpty(Results(typed));
        Assert.Equal(["thema=huisvesting"], filtered.GetProperty("checked").EnumerateArray().Select(e => e.GetString()));
        Assert.All(filtered.GetProperty("resultMeta").EnumerateArray(), meta => Assert.StartsWith("Huisvesting", meta.GetString()));
        Assert.Equal("/zoeken/?q=huisvesting&thema=huisvesting", filtered.GetProperty("url").GetString());
    }

    [Fact]
    public void The_page_with_results_has_no_accessibility_violations_and_no_script_errors()
    {
        Assert.Empty(Observe("filters", "axe").EnumerateArray());
        foreach (var (name, scenario) in Report())
            Assert.True(scenario.GetProperty("errors").GetArrayLength() == 0, $"{name}: {scenario.GetProperty("errors")}");
    }

    [Fact]
    public void The_search_page_works_without_inline_scripts_and_says_what_to_do_without_javascript()
    {
        var page = site.Page("/zoeken/");

        // A JSON data block (the synonyms) is never executed, so script-src does not apply to it.
        Assert.All(page.QuerySelectorAll("script:not([type='application/json'])"),
            s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script found"));
        Assert.Contains("JavaScript", page.QuerySelector("noscript")!.TextContent);
        Assert.Empty(site.Page("/").QuerySelectorAll("script"));
    }
}
