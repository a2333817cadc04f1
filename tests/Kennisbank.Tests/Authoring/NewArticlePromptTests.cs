using Kennisbank.Authoring;
using Kennisbank.Configuration;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Authoring;

/// <summary>
/// The questions of <c>kennisbank new</c> on a terminal, answered through a <see cref="StringReader"/>: numbered
/// choices from kennisbank.yml, keys accepted too, wrong answers asked again with a suggestion, and an input that
/// ends early means the editor stopped.
/// </summary>
public sealed class NewArticlePromptTests
{
    private static readonly SiteConfig Config = ArticleCreatorTests.LoadConfig(RepoPaths.Config);

    private static (NewArticleRequest? Request, string Output) Answer(string answers, string? title = null, string? theme = null,
        string? type = null, IReadOnlyList<string>? tags = null)
    {
        var output = new StringWriter();
        var request = new NewArticlePrompt(Config, new StringReader(answers), output).Complete(title, theme, type, tags);
        return (request, output.ToString());
    }

    [Fact]
    public void Asks_title_theme_type_and_tags_offering_the_configured_choices_numbered()
    {
        var (request, output) = Answer("Een debatclub in de onderbouw\n2\n1\ndebat, democratie\n");

        Assert.Equal(new NewArticleRequest("Een debatclub in de onderbouw", "burgerschap", "praktijkvoorbeeld"), request! with { Tags = [] });
        Assert.Equal(["debat", "democratie"], request.Tags);
        Assert.Contains("   1. Passend onderwijs (passend-onderwijs)", output, StringComparison.Ordinal);
        Assert.Contains("   8. Kansengelijkheid (kansengelijkheid)", output, StringComparison.Ordinal);
        Assert.Contains("   3. Achtergrond (achtergrond)", output, StringComparison.Ordinal);
        Assert.Contains("(Enter: 'burgerschap')", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_only_for_what_the_command_line_left_out()
    {
        var (request, output) = Answer("3\n\n", title: "Een veilige school", type: "handreiking");

        Assert.Equal("sociale-veiligheid", request!.Theme);
        Assert.Equal("handreiking", request.Type);
        Assert.Empty(request.Tags);
        Assert.DoesNotContain("Titel", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Soort", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_nothing_when_everything_is_given()
    {
        var (request, output) = Answer("", "Een veilige school", "sociale-veiligheid", "handreiking");

        Assert.Equal(new NewArticleRequest("Een veilige school", "sociale-veiligheid", "handreiking"), request);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_key_is_accepted_and_a_wrong_answer_is_asked_again_with_a_suggestion()
    {
        var (request, output) = Answer("Een debatclub in de onderbouw\nburgerschp\n9\nburgerschap\nachtergrond\n\n");

        Assert.Equal("burgerschap", request!.Theme);
        Assert.Equal("achtergrond", request.Type);
        Assert.Contains("'burgerschp' staat er niet bij: typ een nummer van 1 tot 8 of een sleutel. Bedoelde je 'burgerschap'?", output, StringComparison.Ordinal);
        Assert.Contains("'9' staat er niet bij", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_is_too_short_is_asked_again()
    {
        var (request, output) = Answer("Kort\n  Een langere titel  \n1\n1\n\n");

        Assert.Equal("Een langere titel", request!.Title);
        Assert.Contains("5 tot 120 tekens (deze heeft er 4)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Een titel die goed is\n")]
    [InlineData("Een titel die goed is\n1\n")]
    [InlineData("Een titel die goed is\n1\n2\n")]
    public void Input_that_ends_early_gives_no_request(string answers)
    {
        Assert.Null(Answer(answers).Request);
    }

    [Fact]
    public void The_answers_make_an_article_that_builds_cleanly()
    {
        using var site = new TestSite();
        var (request, _) = Answer("Leerlingen aan het woord in de medezeggenschapsraad\n2\n1\n\n");

        var result = new ArticleCreator(Config, site.ContentDirectory, new FixedClock(2025, 11, 3)).Create(request!);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.EndsWith(Path.Combine("burgerschap", "leerlingen-aan-het-woord-in-de-medezeggenschapsraad.md"), result.FilePath, StringComparison.Ordinal);
        Assert.All(site.Build().Diagnostics, OnlyThePlaceholderSummaryWarning);
    }

    /// <summary>A scaffolded article is valid; its one warning (KB904) asks the editor to write the summary.</summary>
    private static void OnlyThePlaceholderSummaryWarning(Kennisbank.Diagnostics.Diagnostic diagnostic) =>
        Assert.True(diagnostic.Code == "KB904", $"unexpected: {diagnostic}");
}
