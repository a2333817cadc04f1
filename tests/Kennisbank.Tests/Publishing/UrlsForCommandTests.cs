using Kennisbank.Tests.Check;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Publishing;

/// <summary>
/// <c>kennisbank urls --for FILE…</c>: the page of each article file, as the build decides it (its slug, or its file
/// name transliterated), one <c>FILE PAGE</c> line each in the order given; what has no page is said on stderr.
/// </summary>
public sealed class UrlsForCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public UrlsForCommandTests()
    {
        _site.Article("thuiszitters-terug.md", matter: ("tags", "[verzuim]"));
        _site.Article("ideeën/oude-naam.md", matter: [("tags", "[verzuim]"), ("slug", "nieuwe-naam")]);
        _site.Article("concept.md", matter: [("tags", "[verzuim]"), ("draft", "true")]);
    }

    public void Dispose() => _site.Dispose();

    private CliRun Urls(params string[] arguments) => KennisbankCli.Run(_site, "urls", arguments);

    [Fact]
    public void Names_each_files_page_in_the_order_given()
    {
        var run = Urls("--for", "content/ideeën/oude-naam.md", "content/thuiszitters-terug.md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["content/ideeën/oude-naam.md /artikelen/nieuwe-naam/", "content/thuiszitters-terug.md /artikelen/thuiszitters-terug/"],
            run.StdoutLines);
    }

    [Fact]
    public void A_draft_has_no_page_unless_drafts_are_built()
    {
        var run = Urls("--for", "content/concept.md");
        var withDrafts = Urls("--for", "content/concept.md", "--drafts");
        var github = Urls("--for", "content/concept.md", "--format", "github");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.StdoutLines);
        Assert.StartsWith("content/concept.md: geen pagina", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.Equal(["content/concept.md /artikelen/concept/"], withDrafts.StdoutLines);
        Assert.StartsWith("::warning file=content/concept.md::geen pagina", Assert.Single(github.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_bad_usage_not_a_skipped_page()
    {
        var run = Urls("--for", "content/thuiszitters-terg.md");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("content/thuiszitters-terg.md", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void For_and_update_together_are_refused_and_nothing_is_written()
    {
        var run = Urls("--for", "content/concept.md", "--update");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(File.Exists(Path.Combine(_site.Root, "published-urls.txt")));
    }
}
