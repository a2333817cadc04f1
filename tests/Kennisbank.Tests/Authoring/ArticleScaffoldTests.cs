using System.Text.RegularExpressions;
using Kennisbank.Authoring;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Authoring;

/// <summary>
/// The text of a new article: the outline fits its type, every optional key is there (commented out, under a
/// hint) and is valid front matter the moment an editor removes the '# ', and the page it makes is valid HTML.
/// </summary>
public sealed partial class ArticleScaffoldTests : IDisposable
{
    private static readonly string[] OptionalKeys = ["updated", "tags", "school_types", "region", "school", "authors", "related", "aliases", "links", "draft"];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [GeneratedRegex("^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    private string Text(string type, string title = "Een nieuw artikel voor de test") =>
        ArticleScaffold.Text(ArticleCreatorTests.LoadConfig(_site.ConfigFile), title, "passend-onderwijs", type, new DateOnly(2025, 11, 3), ["thuiszitters"]);

    [Theory]
    [InlineData("praktijkvoorbeeld", "Aanleiding|Aanpak|Resultaten|Valkuilen|Contact")]
    [InlineData("handreiking", "Waarom|Stappen|Checklist|Valkuilen")]
    [InlineData("achtergrond", "Context|Wat we weten|Wat betekent dit voor scholen?|Verder lezen")]
    [InlineData("een-nieuwe-soort", "Aanleiding|Uitwerking|Tot slot")]
    public void The_outline_fits_the_type(string type, string headings)
    {
        var found = Heading().Matches(Text(type)).Select(m => m.Groups[1].Value);

        Assert.Equal(headings.Split('|'), found);
    }

    [Fact]
    public void Every_optional_key_is_offered_with_a_hint_on_the_line_above()
    {
        var lines = Text("praktijkvoorbeeld").Split('\n');

        foreach (var key in OptionalKeys.Where(k => k != "tags"))
        {
            var index = Array.FindIndex(lines, l => l.StartsWith($"# {key}: ", StringComparison.Ordinal));
            Assert.True(index > 0, $"'# {key}: …' is missing");
            Assert.StartsWith("# ", lines[index - 1], StringComparison.Ordinal);
            Assert.DoesNotMatch("^# [a-z_]+: ", lines[index - 1]);
        }

        // Tags are set, not commented out: an article without tags gets warning KB901.
        Assert.Contains("tags: [thuiszitters]", lines);
    }

    [Fact]
    public void Every_optional_line_is_valid_once_uncommented()
    {
        _site.Article("burgerschap/slug-van-een-ander-artikel.md", matter: ("tags", "[debat]"));
        var uncommented = Regex.Replace(Text("handreiking"), @"^# (?=[a-z_]+: )", "", RegexOptions.Multiline);
        _site.Write("passend-onderwijs/nieuw.md", uncommented);

        var build = _site.Build(drafts: true);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.All(build.Diagnostics, OnlyThePlaceholderSummaryWarning);
        Assert.Contains("\ndraft: true\n", uncommented, StringComparison.Ordinal);
        var page = _site.Page("/artikelen/nieuw/");
        Assert.Contains("Naam van de school, Plaats", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='https://www.example.nl/']"));
        Assert.True(File.Exists(_site.OutputFile("/oud/adres/")));
    }

    [Fact]
    public void The_new_article_page_is_valid_html()
    {
        var creator = new ArticleCreator(ArticleCreatorTests.LoadConfig(_site.ConfigFile), _site.ContentDirectory, new FixedClock(2025, 11, 3));
        var pages = new List<string>();
        foreach (var type in new[] { "praktijkvoorbeeld", "handreiking", "achtergrond" })
        {
            var result = creator.Create(new NewArticleRequest($"Een nieuwe {type} over thuiszitters", "passend-onderwijs", type));
            pages.Add($"/artikelen/{result.Slug}/");
        }

        Assert.All(_site.Build().Diagnostics, OnlyThePlaceholderSummaryWarning);
        var errors = Quality.HtmlValidityTests.Validate(pages.Select(_site.OutputFile).ToList());

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>A scaffolded article is valid; its one warning (KB904) asks the editor to write the summary.</summary>
    private static void OnlyThePlaceholderSummaryWarning(Kennisbank.Diagnostics.Diagnostic diagnostic) =>
        Assert.True(diagnostic.Code == "KB904", $"unexpected: {diagnostic}");
}
