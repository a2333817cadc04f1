using System.Text.RegularExpressions;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// Every command a workflow gives our CLI must exist: a known verb, and only options that verb's <c>--help</c>
/// lists (the real System.CommandLine parser, run as a process). Then each call is run for real on a copy of the
/// repository's site, with the GitHub expressions filled in, and must succeed.
/// </summary>
public sealed class WorkflowCliTests
{
    private static readonly string[] Verbs = ["build", "check", "urls", "new"];

    private static readonly string[] Workflows = ["check.yml", "deploy.yml"];

    public static TheoryData<string> WorkflowNames => new(Workflows);

    private static IReadOnlyList<CliInvocation> Invocations(string workflow) =>
        WorkflowFile.Load(workflow).RunScripts.SelectMany(CliInvocation.FindIn).ToList();

    [Theory]
    [MemberData(nameof(WorkflowNames))]
    public void Every_cli_call_uses_a_known_verb_with_options_its_help_lists(string workflow)
    {
        var invocations = Invocations(workflow);
        Assert.NotEmpty(invocations);

        foreach (var call in invocations)
        {
            Assert.Contains(call.Verb, Verbs);
            var help = CliProcess.Run(RepoPaths.Root, call.Verb, "--help");
            Assert.True(help.ExitCode == 0, help.ToString());
            foreach (var option in call.Options)
                Assert.True(Regex.IsMatch(help.Stdout, $@"(?<![\w-]){Regex.Escape(option)}(?![\w-])"),
                    $"{workflow}: '{call.Line.Trim()}' uses {option}, which 'kennisbank {call.Verb} --help' does not list:\n{help.Stdout}");
        }
    }

    [Fact]
    public void The_help_check_itself_rejects_an_option_the_cli_does_not_have()
    {
        // Guards the guard: an option that does not exist must be absent from the help text the test reads.
        var help = CliProcess.Run(RepoPaths.Root, "build", "--help");

        Assert.Contains("--base-url", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![\w-])--base(?![\w-])", help.Stdout);
        Assert.DoesNotContain("--format", help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WorkflowNames))]
    public void Every_cli_call_succeeds_on_the_starter_site(string workflow)
    {
        using var repo = StarterRepository();

        foreach (var call in Invocations(workflow))
        {
            var arguments = call.Arguments.Select(Expand).ToArray();
            var run = CliProcess.Run(repo.Path, [call.Verb, .. arguments]);
            Assert.True(run.ExitCode == 0, $"{workflow}: {call.Line.Trim()}\n{run}");
        }
    }

    [Fact]
    public void Each_dotnet_run_names_the_cli_project_and_only_options_dotnet_run_knows()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "Kennisbank.Cli", "Kennisbank.Cli.csproj")));
        var known = new[] { "--project", "--no-restore", "--no-build", "--configuration", "-c" };
        foreach (var call in Workflows.SelectMany(Invocations))
            Assert.All(call.DotnetArguments.Where(a => a.StartsWith('-')), a => Assert.Contains(a, known));
    }

    // What actions/configure-pages reports as base_url (without trailing slash) for a project site, for the
    // OWNER.github.io repository itself, and for a site with a custom domain.
    [Theory]
    [InlineData("https://example-owner.github.io/kennisbank", "/kennisbank/")]
    [InlineData("https://example-owner.github.io", "/")]
    [InlineData("https://kennisbank.example.nl", "/")]
    public void The_deploy_build_links_below_the_pages_address(string pagesBaseUrl, string path)
    {
        var build = Invocations("deploy.yml").Single(c => c.Verb == "build");
        var arguments = build.Arguments.Select(a => Expand(a, pagesBaseUrl)).ToArray();
        Assert.Equal(pagesBaseUrl + "/", arguments[Array.IndexOf(arguments, "--base-url") + 1]);

        using var repo = StarterRepository();
        var run = CliProcess.Run(repo.Path, ["build", .. arguments]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(repo.Combine("site/index.html")));
        Assert.Equal(path + "assets/site.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!.Split('?')[0]);
        Assert.Equal(pagesBaseUrl + "/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    /// <summary>A copy of what a workflow's checkout holds for the CLI: content, templates, configuration, published URLs.</summary>
    internal static TempDirectory StarterRepository()
    {
        var repo = new TempDirectory("kb-workflow");
        foreach (var folder in new[] { "content", "templates", "pages" })
            CliProcess.CopyFolder(Path.Combine(RepoPaths.Root, folder), repo.Combine(folder));
        foreach (var file in new[] { "kennisbank.yml", "published-urls.txt" })
            File.Copy(Path.Combine(RepoPaths.Root, file), repo.Combine(file));
        return repo;
    }

    /// <summary>GitHub expressions as GitHub would fill them in for a repository example-owner/kennisbank.</summary>
    private static string Expand(string argument) => Expand(argument, "https://example-owner.github.io/kennisbank");

    private static string Expand(string argument, string pagesBaseUrl) =>
        Regex.Replace(argument, @"\$\{\{\s*([\w.]+)\s*\}\}", m => m.Groups[1].Value switch
        {
            "github.repository_owner" => "example-owner",
            "github.event.repository.name" => "kennisbank",
            "steps.pages.outputs.base_url" => pagesBaseUrl,
            var other => throw new Xunit.Sdk.XunitException($"no test value for the expression {other}"),
        });
}
