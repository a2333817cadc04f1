using Kennisbank.Authoring;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Authoring;

/// <summary>
/// <see cref="ArticleCreator"/> against a real site on disk: what it writes passes the real pipeline without a
/// single diagnostic, carries today's date from the clock it is given, and never takes a URL another article has.
/// </summary>
public sealed class ArticleCreatorTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly FixedClock _clock = new(2025, 11, 3);

    public void Dispose() => _site.Dispose();

    private ArticleCreator Creator() => new(LoadConfig(_site.ConfigFile), _site.ContentDirectory, _clock);

    internal static SiteConfig LoadConfig(string path)
    {
        var diagnostics = new DiagnosticBag();
        return SiteConfigLoader.Load(path, path, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.All));
    }

    [Theory]
    [InlineData("praktijkvoorbeeld")]
    [InlineData("handreiking")]
    [InlineData("achtergrond")]
    public void The_new_article_builds_without_errors_or_warnings(string type)
    {
        var result = Creator().Create(new NewArticleRequest("Thuiszitters weer naar school: de aanpak van het Waalcollege", "passend-onderwijs", type));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Path.Combine(_site.ContentDirectory, "passend-onderwijs", "thuiszitters-weer-naar-school-de-aanpak-van-het-waalcollege.md"), result.FilePath);
        var build = _site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.All(build.Diagnostics, OnlyThePlaceholderSummaryWarning);
        Assert.Equal(1, build.ArticleCount);
        var page = _site.Page("/artikelen/thuiszitters-weer-naar-school-de-aanpak-van-het-waalcollege/");
        Assert.Equal("Thuiszitters weer naar school: de aanpak van het Waalcollege", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void The_front_matter_has_today_from_the_clock_and_a_summary_to_replace()
    {
        var result = Creator().Create(new NewArticleRequest("Een debatclub in de onderbouw", "burgerschap", "praktijkvoorbeeld"));

        var text = File.ReadAllText(result.FilePath!);
        Assert.Contains("\ndate: 2025-11-03\n", text, StringComparison.Ordinal);
        Assert.Contains($"\nsummary: \"{ArticleScaffold.SummaryPlaceholder}\"\n", text, StringComparison.Ordinal);
        Assert.StartsWith("Vervang", ArticleScaffold.SummaryPlaceholder, StringComparison.Ordinal);
        Assert.Contains("\ntheme: burgerschap\ntype: praktijkvoorbeeld\n", text, StringComparison.Ordinal);
        Assert.Contains("\ntags: [burgerschap]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_is_read_in_its_own_time_zone()
    {
        // 23:30 UTC on 2 November is already 3 November in Amsterdam: the date is the editor's day, not UTC's.
        var amsterdam = TimeZoneInfo.CreateCustomTimeZone("test+1", TimeSpan.FromHours(1), "test+1", "test+1");
        var clock = new ZonedClock(new DateTimeOffset(2025, 11, 2, 23, 30, 0, TimeSpan.Zero), amsterdam);
        var creator = new ArticleCreator(LoadConfig(_site.ConfigFile), _site.ContentDirectory, clock);

        var result = creator.Prepare(new NewArticleRequest("Een artikel om middernacht", "burgerschap", "achtergrond"));

        Assert.Contains("\ndate: 2025-11-03\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_tags_replace_the_default_and_are_quoted_when_yaml_needs_it()
    {
        var result = Creator().Create(new NewArticleRequest("Maatwerk in de examenklas", "onderwijs-op-maat", "handreiking",
            ["maatwerk", " examinering ", "", "ideeën, tips", "maatwerk"]));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("\ntags: [maatwerk, examinering, \"ideeën, tips\"]\n", result.Text, StringComparison.Ordinal);
        var build = _site.Build();
        Assert.All(build.Diagnostics, OnlyThePlaceholderSummaryWarning);
        Assert.True(File.Exists(_site.OutputFile("/tags/ideeen-tips/")));
    }

    [Fact]
    public void Quotes_and_backslashes_in_the_title_survive_the_front_matter()
    {
        var title = "De \"zachte landing\" in klas 1 \\ 2: wat werkt?";
        var result = Creator().Create(new NewArticleRequest(title, "kansengelijkheid", "achtergrond"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var build = _site.Build();
        Assert.All(build.Diagnostics, OnlyThePlaceholderSummaryWarning);
        Assert.Equal(title, _site.Page($"/artikelen/{result.Slug}/").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_slug_taken_by_a_file_name_is_refused_and_nothing_is_written()
    {
        _site.Article("burgerschap/debatclub-in-de-onderbouw.md");

        var result = Creator().Create(new NewArticleRequest("Debatclub in de onderbouw", "passend-onderwijs", "praktijkvoorbeeld"));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("/artikelen/debatclub-in-de-onderbouw/", problem, StringComparison.Ordinal);
        Assert.Contains("burgerschap/debatclub-in-de-onderbouw.md", problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.ContentDirectory, "passend-onderwijs")));
    }

    [Fact]
    public void A_slug_taken_after_transliteration_is_refused()
    {
        _site.Article("kansengelijkheid/ideeen.md");

        var result = Creator().Create(new NewArticleRequest("Ideeën", "kansengelijkheid", "achtergrond"));

        Assert.Contains("kansengelijkheid/ideeen.md", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_taken_by_an_explicit_slug_is_refused()
    {
        _site.Article("huisvesting/iets-heel-anders.md", matter: ("slug", "frisse-lucht-in-de-klas"));

        var result = Creator().Create(new NewArticleRequest("Frisse lucht in de klas", "huisvesting", "handreiking"));

        Assert.Contains("huisvesting/iets-heel-anders.md", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_name_of_an_article_with_its_own_slug_is_free_elsewhere()
    {
        // The build gives that article its explicit slug, so its file name claims no URL; only the same file is in the way.
        _site.Article("huisvesting/frisse-lucht.md", matter: ("slug", "ventilatie-in-lokalen"));

        var result = Creator().Create(new NewArticleRequest("Frisse lucht", "passend-onderwijs", "achtergrond"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.DoesNotContain(_site.Build().Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_address_kept_as_an_alias_is_refused()
    {
        _site.Article("huisvesting/nieuwbouw.md", matter: ("aliases", "[/artikelen/nieuwbouw-met-leerlingen]"));

        var result = Creator().Create(new NewArticleRequest("Nieuwbouw met leerlingen", "huisvesting", "praktijkvoorbeeld"));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("alias", problem, StringComparison.Ordinal);
        Assert.Contains("huisvesting/nieuwbouw.md", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_parse_still_claims_its_file_name()
    {
        _site.Write("goed-bestuur/intern-toezicht.md", "---\ntitle: [niet afgesloten\n---\nTekst\n");

        var result = Creator().Create(new NewArticleRequest("Intern toezicht", "goed-bestuur", "achtergrond"));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var path = _site.Write("burgerschap/de-leerlingenraad.md", "---\ntitle: x\n---\n");

        var result = Creator().Create(new NewArticleRequest("De leerlingenraad", "burgerschap", "praktijkvoorbeeld"));

        Assert.Contains("bestaat al", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Equal("---\ntitle: x\n---\n", File.ReadAllText(path));
    }

    [Fact]
    public void Unknown_theme_and_type_are_both_reported_with_a_suggestion()
    {
        var result = Creator().Create(new NewArticleRequest("Een goede titel", "pasend-onderwijs", "handreiking-"));

        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("onbekend thema 'pasend-onderwijs'. Bedoelde je 'passend-onderwijs'?", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains("onbekende soort 'handreiking-'. Bedoelde je 'handreiking'?", result.Problems[1], StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_site.ContentDirectory));
    }

    [Theory]
    [InlineData("Kort", "5 tot 120 tekens")]
    [InlineData("???!!!", "geen adres")]
    [InlineData("Een titel\nover twee regels", "één regel")]
    public void A_title_the_front_matter_would_reject_is_refused(string title, string expected)
    {
        var result = Creator().Create(new NewArticleRequest(title, "burgerschap", "achtergrond"));

        Assert.Contains(expected, Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_120_characters_is_accepted()
    {
        var title = "Een lange titel " + new string('x', 104);

        var result = Creator().Create(new NewArticleRequest(title, "burgerschap", "achtergrond"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.All(_site.Build().Diagnostics, OnlyThePlaceholderSummaryWarning);
    }

    private sealed class ZonedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }

    /// <summary>A scaffolded article is valid; its one warning (KB904) asks the editor to write the summary.</summary>
    private static void OnlyThePlaceholderSummaryWarning(Kennisbank.Diagnostics.Diagnostic diagnostic) =>
        Assert.True(diagnostic.Code == "KB904", $"unexpected: {diagnostic}");
}
