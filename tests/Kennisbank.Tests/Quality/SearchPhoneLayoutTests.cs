using System.Text.Json;
using System.Text.RegularExpressions;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Quality;

/// <summary>
/// The search page on a phone, driven in headless Chromium (browser/search-phone.js): results come first, the filters
/// wait behind a "Filters" button, ticked filters show as chips that take them away again, "Alle filters wissen",
/// options that would leave nothing are hidden, focus moves to "Zoekresultaten (N)" after Enter, nothing scrolls
/// sideways at 320 px, nothing appears without a query, and the page does not shift while it loads.
/// </summary>
[Collection(StarterSiteCollection.Name)]
public sealed partial class SearchPhoneLayoutTests(StarterSite site)
{
    private const string Query = "leerling";
    private static readonly object Gate = new();
    private static readonly Dictionary<string, JsonElement> Reports = [];

    [GeneratedRegex(@"^Zoekresultaten \((\d+)\)$")]
    private static partial Regex ResultsHeading();

    private JsonElement At(int width, int height)
    {
        lock (Gate)
        {
            var key = $"{width}x{height}";
            if (!Reports.TryGetValue(key, out var report))
            {
                using var json = NodeTool.RunJson("browser/search-phone.js", [site.OutputDirectory, width.ToString(), height.ToString(), Query]);
                report = json.RootElement.Clone();
                Reports[key] = report;
            }

            return report;
        }
    }

    private JsonElement Phone => At(390, 844);

    private static JsonElement Step(JsonElement report, string name) =>
        report.TryGetProperty(name, out var step) ? step : throw new Xunit.Sdk.XunitException($"the page never reached the step '{name}'");

    private static List<string> Chips(JsonElement look) =>
        look.GetProperty("chips").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();

    private static List<string> Checked(JsonElement look) =>
        look.GetProperty("checked").EnumerateArray().Select(c => c.GetString()!).ToList();

    [Fact]
    public void The_first_result_starts_on_the_first_screen_of_a_phone()
    {
        var opened = Step(Phone, "opened");

        Assert.True(opened.GetProperty("resultCount").GetInt32() > 0);
        Assert.InRange(opened.GetProperty("firstResultTop").GetInt32(), 1, 844);
    }

    [Fact]
    public void The_filter_panel_is_closed_on_a_phone_until_its_button_opens_it()
    {
        var opened = Step(Phone, "opened");
        var toggle = opened.GetProperty("toggle");

        Assert.Equal(JsonValueKind.Object, toggle.ValueKind);
        Assert.Equal("Filters", toggle.GetProperty("text").GetString());
        Assert.Equal("false", toggle.GetProperty("expanded").GetString());
        Assert.False(opened.GetProperty("panelShown").GetBoolean());

        var panelOpened = Step(Phone, "panelOpened");
        Assert.Equal("true", panelOpened.GetProperty("toggle").GetProperty("expanded").GetString());
        Assert.True(panelOpened.GetProperty("panelShown").GetBoolean());
    }

    [Fact]
    public void Ticking_a_filter_changes_the_results_in_view_counts_it_on_the_button_and_a_chip_takes_it_away()
    {
        var ticked = Step(Phone, "ticked");
        var option = ticked.GetProperty("option");
        var chosen = $"{option.GetProperty("name").GetString()}={option.GetProperty("value").GetString()}";
        var total = int.Parse(ResultsHeading().Match(ticked.GetProperty("heading").GetString()!).Groups[1].Value);

        Assert.Equal(option.GetProperty("count").GetInt32(), total);
        var before = int.Parse(ResultsHeading().Match(Step(Phone, "opened").GetProperty("heading").GetString()!).Groups[1].Value);
        Assert.InRange(total, 1, before - 1);
        Assert.StartsWith($"{total} artikel", ticked.GetProperty("status").GetString());
        Assert.True(ticked.GetProperty("firstResultInView").GetBoolean(), "with the panel open, the results are out of view");
        Assert.Equal("Filters (1)", ticked.GetProperty("toggle").GetProperty("text").GetString());
        Assert.Equal([chosen], Checked(ticked));
        Assert.Single(Chips(ticked), c => c.StartsWith("Filter Thema: ", StringComparison.Ordinal) && c.EndsWith(" weghalen", StringComparison.Ordinal));

        var two = Step(Phone, "tickedTwo");
        Assert.Equal(2, Chips(two).Count);
        Assert.Equal("Filters (2)", two.GetProperty("toggle").GetProperty("text").GetString());

        var removed = Step(Phone, "chipRemoved");
        Assert.Single(Chips(removed));
        Assert.DoesNotContain(chosen, Checked(removed));
        Assert.DoesNotContain(chosen, removed.GetProperty("url").GetString());
        Assert.True(removed.GetProperty("resultCount").GetInt32() > two.GetProperty("resultCount").GetInt32());
    }

    [Fact]
    public void Alle_filters_wissen_takes_every_filter_away()
    {
        Assert.True(Step(Phone, "chipRemoved").GetProperty("clearShown").GetBoolean());
        var cleared = Step(Phone, "cleared");

        Assert.Empty(Chips(cleared));
        Assert.Empty(Checked(cleared));
        Assert.False(cleared.GetProperty("clearShown").GetBoolean());
        Assert.Equal($"/zoeken/?q={Query}", cleared.GetProperty("url").GetString());
        Assert.Equal(Step(Phone, "opened").GetProperty("heading").GetString(), cleared.GetProperty("heading").GetString());
    }

    [Fact]
    public void Options_that_would_leave_nothing_are_hidden_unless_ticked()
    {
        var ticked = Step(Phone, "ticked");

        Assert.True(ticked.GetProperty("zeroOptionsHidden").GetInt32() > 0, "the test needs a filter that leaves some options at (0)");
        Assert.Equal(0, ticked.GetProperty("zeroOptionsShown").GetInt32());
        Assert.All(ticked.GetProperty("optionsShown").EnumerateArray(), o => Assert.True(o.GetProperty("count").GetInt32() > 0));
    }

    [Fact]
    public void After_enter_focus_is_on_the_results_heading_and_the_first_result_is_a_tab_away()
    {
        var submitted = Step(Phone, "submitted");
        var heading = ResultsHeading().Match(submitted.GetProperty("heading").GetString() ?? "");

        Assert.True(heading.Success, $"heading '{submitted.GetProperty("heading")}'");
        Assert.StartsWith($"{heading.Groups[1].Value} artikel", submitted.GetProperty("status").GetString());
        Assert.Equal("kb-zoekterm", Step(Phone, "typed").GetProperty("focused").GetString());
        Assert.Equal("kb-resultaten-kop", submitted.GetProperty("focused").GetString());
        Assert.Equal(1, Phone.GetProperty("tabsFromHeadingToFirstResult").GetInt32());
        Assert.InRange(Phone.GetProperty("tabsFromFieldToFirstResult").GetInt32(), 1, 4);
    }

    [Fact]
    public void On_a_wide_screen_a_link_past_the_filter_sidebar_leads_the_keyboard_to_the_results()
    {
        var wide = At(1366, 900);

        Assert.True(wide.GetProperty("tabsFromFieldToSkipLink").ValueKind == JsonValueKind.Number, "no link to the results within 10 Tab presses");
        Assert.InRange(wide.GetProperty("tabsFromFieldToSkipLink").GetInt32(), 1, 3);
        Assert.Equal("kb-resultaten-kop", Step(wide, "afterSkipLink").GetProperty("focused").GetString());
        Assert.Equal(1, wide.GetProperty("tabsFromSkipLinkToFirstResult").GetInt32());
    }

    [Fact]
    public void Nothing_scrolls_sideways_at_320_px_with_results_and_the_filters_open()
    {
        var narrow = At(320, 640);

        foreach (var name in new[] { "opened", "panelOpened", "ticked", "tickedTwo" })
        {
            var look = Step(narrow, name);
            Assert.False(look.GetProperty("scrollsSideways").GetBoolean(), $"{name}: {look.GetProperty("scrollWidth")} px wide");
        }

        Assert.True(Step(narrow, "panelOpened").GetProperty("panelShown").GetBoolean());
    }

    [Fact]
    public void Without_a_query_or_without_javascript_no_empty_filters_or_results_heading_appear()
    {
        foreach (var name in new[] { "withoutQuery", "withoutJavaScript" })
        {
            var text = Step(Phone, name).GetProperty("text").GetString()!;
            Assert.DoesNotContain("Filters", text);
            Assert.DoesNotContain("Zoekresultaten", text);
            Assert.Contains("Zoek in alle praktijkvoorbeelden", text);
        }
    }

    [Fact]
    public void When_the_index_cannot_be_loaded_the_page_says_so_in_view()
    {
        var status = Step(Phone, "indexMissing").GetProperty("status");

        Assert.Equal(JsonValueKind.String, status.ValueKind);
        Assert.Contains("kon niet worden geladen", status.GetString());
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public void The_page_does_not_shift_while_a_query_and_its_filters_load(int width, int height)
    {
        var shift = Step(At(width, height), "layoutShift");

        Assert.InRange(shift.GetProperty("query").GetDouble(), 0, 0.05);
        Assert.InRange(shift.GetProperty("filtered").GetDouble(), 0, 0.05);
    }
}
