using System.Diagnostics;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// check.yml's step that turns the changed article files of a pull request into the pages to validate, run for real:
/// its <c>run</c> script goes to bash in a copy of the repository where the site has been built as the workflow
/// builds it, and its <c>dotnet run --project src/Kennisbank.Cli … --</c> runs the CLI the tests built. Every page it
/// names must be a page the build wrote; a draft is skipped with a warning annotation, never silently.
/// </summary>
public sealed class ChangedPagesStepTests
{
    private const string StepName = "Find the pages of the changed articles";

    [Fact]
    public void Names_the_built_page_of_every_changed_article_and_warns_about_a_draft()
    {
        using var repo = WorkflowCliTests.StarterRepository();
        var changed = new[]
        {
            "content/burgerschap/debatclub-in-de-onderbouw.md",
            AddArticle(repo, "ideeën-voor-de-brugklas.md", ""),
            AddArticle(repo, "Café’s en de Straße.md", ""),
            AddArticle(repo, "coördinator--zorg  2025.md", ""),
            // A YAML comment after the slug: the front matter's own reader, not a pattern, decides the page.
            AddArticle(repo, "oude-naam.md", "slug: nieuwe-naam  # het oude adres blijft via aliases bereikbaar\n"),
            AddArticle(repo, "concept.md", "draft: true\n"),
        };
        File.WriteAllText(repo.Combine("changed-articles.txt"), string.Join('\n', changed) + "\n");
        var build = CliProcess.Run(repo.Path, "build", "--output", "site", "--base-url", "http://127.0.0.1/");
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = RunStep(repo);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "content/burgerschap/debatclub-in-de-onderbouw.md /artikelen/debatclub-in-de-onderbouw/",
                "content/burgerschap/ideeën-voor-de-brugklas.md /artikelen/ideeen-voor-de-brugklas/",
                "content/burgerschap/Café’s en de Straße.md /artikelen/cafes-en-de-strasse/",
                "content/burgerschap/coördinator--zorg  2025.md /artikelen/coordinator-zorg-2025/",
                "content/burgerschap/oude-naam.md /artikelen/nieuwe-naam/",
            ],
            File.ReadAllLines(repo.Combine("changed-pages.txt")));
        Assert.All(File.ReadAllLines(repo.Combine("changed-pages.txt")),
            line => Assert.True(File.Exists(repo.Combine("site" + line[(line.LastIndexOf(' ') + 1)..] + "index.html")), $"no built page for: {line}"));
        Assert.Contains(run.StderrLines, l => l.StartsWith("::warning file=content/burgerschap/concept.md::geen pagina", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_file_that_does_not_exist_fails_the_step()
    {
        using var repo = WorkflowCliTests.StarterRepository();
        File.WriteAllText(repo.Combine("changed-articles.txt"), "content/burgerschap/bestaat-niet.md\n");

        var run = RunStep(repo);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("content/burgerschap/bestaat-niet.md", run.Stderr, StringComparison.Ordinal);
    }

    private static string AddArticle(TempDirectory repo, string fileName, string extraFrontMatter)
    {
        var path = $"content/burgerschap/{fileName}";
        File.WriteAllText(repo.Combine(path), $"""
            ---
            title: "Een nieuw artikel in deze pull request"
            summary: "Wat een school deed om leerlingen mee te laten praten over het schoolplan."
            theme: burgerschap
            type: handreiking
            date: 2025-03-04
            tags: [leerlingparticipatie]
            {extraFrontMatter}---

            Een alinea over wat de school deed.

            """);
        return path;
    }

    /// <summary>
    /// Runs the step's script as GitHub would (<c>bash -e</c>), with a <c>dotnet</c> on the PATH that stands in for
    /// <c>dotnet run --project src/Kennisbank.Cli [options] -- ARGS</c> by running the built CLI with ARGS.
    /// </summary>
    private static CliRun RunStep(TempDirectory repo)
    {
        var step = WorkflowFile.Load("check.yml").Steps("check").Single(s => WorkflowFile.Text(s, "name") == StepName);
        var script = WorkflowFile.Text(step, "run")!;
        Assert.Contains("dotnet run --project src/Kennisbank.Cli --no-restore -- urls ", script, StringComparison.Ordinal);
        File.WriteAllText(repo.Combine("step.sh"), script);
        Directory.CreateDirectory(repo.Combine("shim"));
        File.WriteAllText(repo.Combine("shim", "dotnet"), $"""
            #!/bin/sh
            while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do shift; done
            shift
            exec "{RealDotnet()}" "{CliProcess.CliDll}" "$@"

            """);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(repo.Combine("shim", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("bash") { WorkingDirectory = repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("step.sh");
        start.Environment["PATH"] = repo.Combine("shim") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the step did not finish");
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    private static string RealDotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet"))
            .First(File.Exists);
}
