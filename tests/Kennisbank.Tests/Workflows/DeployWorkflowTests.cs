using YamlDotNet.RepresentationModel;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// .github/workflows/deploy.yml: on a push to main it builds the site for the repository's Pages address and
/// publishes site/ with GitHub's Pages actions, with exactly the permissions those actions need.
/// </summary>
public sealed class DeployWorkflowTests
{
    private readonly WorkflowFile _workflow = WorkflowFile.Load("deploy.yml");

    [Fact]
    public void Runs_on_a_push_to_main()
    {
        Assert.Equal(["push"], _workflow.TriggerNames);
        var branches = Assert.IsType<YamlSequenceNode>(WorkflowFile.Mapping(_workflow.Triggers, "push").Children[new YamlScalarNode("branches")]);
        Assert.Equal(["main"], branches.Children.Cast<YamlScalarNode>().Select(b => b.Value));
    }

    [Fact]
    public void Has_the_permissions_pages_deployment_needs()
    {
        var permissions = WorkflowFile.Mapping(_workflow.Root, "permissions");

        Assert.Equal("write", WorkflowFile.Text(permissions, "pages"));
        Assert.Equal("write", WorkflowFile.Text(permissions, "id-token"));
        Assert.Equal("read", WorkflowFile.Text(permissions, "contents"));
    }

    [Fact]
    public void Builds_for_the_pages_address_and_uploads_site()
    {
        Assert.Equal("10.0.x", WorkflowFile.Text(_workflow.StepUsing("build", "actions/setup-dotnet"), "with", "dotnet-version"));
        var build = _workflow.RunScripts.SelectMany(CliInvocation.FindIn).Single(c => c.Verb == "build");
        var pages = _workflow.StepUsing("build", "actions/configure-pages");
        var baseUrl = build.Arguments[build.Arguments.ToList().IndexOf("--base-url") + 1];
        // configure-pages reports the address without its trailing slash.
        Assert.Equal("${{ steps." + WorkflowFile.Text(pages, "id") + ".outputs.base_url }}/", baseUrl);
        Assert.Equal(["--output", "site"], build.Arguments.Take(2));

        var upload = _workflow.StepUsing("build", "actions/upload-pages-artifact");
        Assert.Equal("site/", WorkflowFile.Text(upload, "with", "path"));
        var steps = _workflow.Steps("build");
        var buildStep = steps.FindIndex(s => WorkflowFile.Text(s, "run")?.Contains(" build ", StringComparison.Ordinal) == true);
        Assert.True(steps.IndexOf(pages) < buildStep && buildStep < steps.IndexOf(upload));
    }

    [Fact]
    public void Deploys_after_the_build_into_the_github_pages_environment()
    {
        var deploy = _workflow.Job("deploy");

        Assert.Equal("build", WorkflowFile.Text(deploy, "needs"));
        Assert.Equal("github-pages", WorkflowFile.Text(deploy, "environment", "name"));
        var step = _workflow.StepUsing("deploy", "actions/deploy-pages");
        Assert.Equal("${{ steps." + WorkflowFile.Text(step, "id") + ".outputs.page_url }}", WorkflowFile.Text(deploy, "environment", "url"));
    }
}
