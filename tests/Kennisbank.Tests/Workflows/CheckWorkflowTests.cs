using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// .github/workflows/check.yml, the pull-request gate: it runs on pull requests, sets up .NET 10, restores, runs
/// <c>check --format github</c> before building, and checks the changed pages with the pinned tools of tests/tools.
/// </summary>
public sealed class CheckWorkflowTests
{
    private readonly WorkflowFile _workflow = WorkflowFile.Load("check.yml");

    [Fact]
    public void Runs_on_pull_requests_only()
    {
        Assert.Equal(["pull_request"], _workflow.TriggerNames);
    }

    [Fact]
    public void Sets_up_dotnet_10_after_the_checkout()
    {
        var steps = _workflow.Steps("check");
        var checkout = steps.IndexOf(_workflow.StepUsing("check", "actions/checkout"));
        var dotnet = _workflow.StepUsing("check", "actions/setup-dotnet");

        Assert.Equal("10.0.x", WorkflowFile.Text(dotnet, "with", "dotnet-version"));
        Assert.True(checkout < steps.IndexOf(dotnet));
        Assert.Equal("0", WorkflowFile.Text(steps[checkout], "with", "fetch-depth"));
    }

    [Fact]
    public void Restores_then_checks_with_github_annotations_then_builds()
    {
        var scripts = _workflow.Steps("check").Select(s => WorkflowFile.Text(s, "run") ?? "").ToList();
        var restore = scripts.FindIndex(s => s.Contains("dotnet restore", StringComparison.Ordinal));
        var check = scripts.FindIndex(s => CliInvocation.FindIn(s).Any(c => c.Verb == "check"
            && c.Arguments.SequenceEqual(["--format", "github"])));
        var build = scripts.FindIndex(s => CliInvocation.FindIn(s).Any(c => c.Verb == "build"));

        Assert.True(restore >= 0 && check > restore && build > check, string.Join("\n---\n", scripts));
    }

    [Fact]
    public void Installs_the_pinned_tools_the_test_suite_uses()
    {
        var scripts = string.Join("\n", _workflow.RunScripts);

        Assert.Contains("apt-get install", scripts, StringComparison.Ordinal);
        Assert.Contains(" chromium ", scripts, StringComparison.Ordinal);
        Assert.Contains(" default-jre-headless ", scripts, StringComparison.Ordinal);
        Assert.Contains("cd tests/tools && npm ci", scripts, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Tools, "package-lock.json")));
    }

    [Fact]
    public void Validates_and_axe_checks_with_the_same_files_the_quality_tests_use()
    {
        var scripts = string.Join("\n", _workflow.RunScripts);

        // The same vnu.jar as Quality/HtmlValidityTests and the same axe runner as Quality/AccessibilityTests.
        Assert.Contains("java -jar tests/tools/node_modules/vnu-jar/build/dist/vnu.jar --errors-only", scripts, StringComparison.Ordinal);
        Assert.Contains("node tests/tools/browser/axe-pages.js site / ", scripts, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Tools, "browser", "axe-pages.js")));
        Assert.Contains("\"vnu-jar\"", File.ReadAllText(Path.Combine(RepoPaths.Tools, "package.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_in_debian_where_chromium_is_the_browser_the_tests_expect()
    {
        // tests/tools/browser/chromium.js launches /usr/bin/chromium, Debian's package (Ubuntu's is a snap stub).
        Assert.StartsWith("debian:", WorkflowFile.Text(_workflow.Job("check"), "container"), StringComparison.Ordinal);
        Assert.Contains("/usr/bin/chromium", File.ReadAllText(Path.Combine(RepoPaths.Tools, "browser", "chromium.js")), StringComparison.Ordinal);
    }
}
