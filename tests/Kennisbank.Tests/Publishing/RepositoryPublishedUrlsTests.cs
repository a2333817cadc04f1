using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Publishing;

/// <summary>
/// The repository's own published-urls.txt is exactly what <c>kennisbank urls</c> prints for the starter content,
/// so adding, renaming or removing an article without <c>urls --update</c> fails a test that says what to do.
/// </summary>
public sealed class RepositoryPublishedUrlsTests
{
    private static string CommittedFile => Path.Combine(RepoPaths.Root, "published-urls.txt");

    [Fact]
    public void Committed_published_urls_txt_matches_the_starter_content()
    {
        Assert.True(File.Exists(CommittedFile), $"{CommittedFile} is missing: run `dotnet run --project src/Kennisbank.Cli -- urls --update` and commit it.");
        var committed = File.ReadAllText(CommittedFile).ReplaceLineEndings("\n");

        var run = CliProcess.Run(RepoPaths.Root, "urls");

        Assert.True(run.ExitCode == 0, "`kennisbank urls` fails on the starter content:\n" + run);
        if (run.Stdout == committed)
            return;
        var actual = run.Stdout.Split('\n').ToHashSet(StringComparer.Ordinal);
        var listed = committed.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = actual.Except(listed).Where(l => l.StartsWith('/')).Order(StringComparer.Ordinal).ToList();
        var gone = listed.Except(actual).Where(l => l.StartsWith('/')).Order(StringComparer.Ordinal).ToList();
        Assert.Fail(
            "published-urls.txt does not match the articles in content/. An article was added, renamed or removed without "
            + "running `kennisbank urls --update`: run `dotnet run --project src/Kennisbank.Cli -- urls --update` in the "
            + "repository root and commit published-urls.txt (for a renamed or removed article, first add the old URL to the "
            + "replacing article's `aliases:` so the old link keeps working).\n"
            + (added.Count > 0 ? $"New URLs not yet in published-urls.txt:\n  {string.Join("\n  ", added)}\n" : "")
            + (gone.Count > 0 ? $"Listed URLs the site no longer produces:\n  {string.Join("\n  ", gone)}\n" : "")
            + (added.Count == 0 && gone.Count == 0 ? "The URLs are the same but the file's text differs (header, order or line endings).\n" : ""));
    }
}
