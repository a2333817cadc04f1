using System.Diagnostics;
using Kennisbank.Content;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// The small Node.js script in check.yml that maps a changed article file to its page, run here with the machine's
/// node: it must find the same URL the build gives the article (explicit slug, or the file name transliterated as
/// <see cref="Slugs.From"/> does), and skip with a warning an article that has no page (a draft).
/// </summary>
public sealed class ChangedPagesScriptTests
{
    private const string StepName = "Find the pages of the changed articles";

    [Theory]
    [InlineData("ideeën-voor-de-brugklas")]
    [InlineData("Café’s en de Straße")]
    [InlineData("ĳsvrije-dagen_en_øresund")]
    [InlineData("coördinator--zorg  2025")]
    [InlineData("Œuvre van de æ-groep")]
    public void Finds_the_page_the_build_gives_a_file_name(string fileName)
    {
        var slug = Slugs.From(fileName);

        var (pages, _) = RunScript(($"content/x/{fileName}.md", "---\ntitle: x\n---\n"), slug);

        Assert.Equal($"content/x/{fileName}.md /artikelen/{slug}/", pages.Trim());
    }

    [Fact]
    public void An_explicit_slug_wins_over_the_file_name()
    {
        var (pages, _) = RunScript(("content/x/oude-naam.md", "---\ntitle: x\nslug: \"nieuwe-naam\"\n---\nslug: niet-dit\n"), "nieuwe-naam");

        Assert.Equal("content/x/oude-naam.md /artikelen/nieuwe-naam/", pages.Trim());
    }

    [Fact]
    public void An_article_without_a_page_is_skipped_with_a_warning()
    {
        var (pages, warnings) = RunScript(("content/x/concept.md", "---\ntitle: x\ndraft: true\n---\n"), "iets-anders");

        Assert.Equal("", pages.Trim());
        Assert.StartsWith("::warning file=content/x/concept.md::", warnings, StringComparison.Ordinal);
    }

    /// <summary>Runs the script from check.yml in a folder with one changed article and one built page.</summary>
    private static (string Stdout, string Stderr) RunScript((string Path, string Text) article, string builtSlug)
    {
        using var folder = new TempDirectory("kb-changed");
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(article.Path))!);
        File.WriteAllText(folder.Combine(article.Path), article.Text);
        File.WriteAllText(folder.Combine("changed-articles.txt"), article.Path + "\n");
        Directory.CreateDirectory(folder.Combine("site", "artikelen", builtSlug));
        File.WriteAllText(folder.Combine("site", "artikelen", builtSlug, "index.html"), "<!DOCTYPE html>");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        process.StandardInput.Write(Script());
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "node did not finish");
        Assert.True(process.ExitCode == 0, stderr.Result);
        return (stdout, stderr.Result);
    }

    /// <summary>The heredoc body of the step's <c>node - &lt;&lt;'SCRIPT'</c>.</summary>
    private static string Script()
    {
        var step = WorkflowFile.Load("check.yml").Steps("check").Single(s => WorkflowFile.Text(s, "name") == StepName);
        var lines = WorkflowFile.Text(step, "run")!.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("node - <<'SCRIPT'", StringComparison.Ordinal));
        var last = Array.IndexOf(lines, "SCRIPT");
        Assert.True(first >= 0 && last > first, "the step has no node heredoc");
        return string.Join('\n', lines[(first + 1)..last]);
    }
}
