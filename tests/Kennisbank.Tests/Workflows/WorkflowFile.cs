using Kennisbank.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Tests.Workflows;

/// <summary>
/// A GitHub Actions workflow of this repository (.github/workflows/NAME.yml) read with YamlDotNet, with the few
/// paths the tests ask about: triggers, jobs, steps and their <c>run</c> scripts. GitHub cannot run here, so the
/// tests check what can be checked: the structure, and every command the workflows give our own CLI.
/// </summary>
internal sealed class WorkflowFile
{
    private WorkflowFile(string name, YamlMappingNode root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public YamlMappingNode Root { get; }

    public static WorkflowFile Load(string name)
    {
        var path = Path.Combine(RepoPaths.Root, ".github", "workflows", name);
        Assert.True(File.Exists(path), $"{path} is missing");
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
            stream.Load(reader);
        return new WorkflowFile(name, Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode));
    }

    /// <summary>The <c>on:</c> block (YAML 1.2 reads <c>on</c> as a string key, as GitHub does).</summary>
    public YamlMappingNode Triggers => Mapping(Root, "on");

    /// <summary>The events that start the workflow (the keys under <c>on:</c>), in file order.</summary>
    public IEnumerable<string?> TriggerNames => Triggers.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value);

    public YamlMappingNode Jobs => Mapping(Root, "jobs");

    public YamlMappingNode Job(string name) => Mapping(Jobs, name);

    public List<YamlMappingNode> Steps(string job) =>
        Assert.IsType<YamlSequenceNode>(Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    public IEnumerable<YamlMappingNode> AllSteps => Jobs.Children.Keys.Cast<YamlScalarNode>().SelectMany(j => Steps(j.Value!));

    /// <summary>Every <c>run:</c> script of every step, as GitHub passes it to the shell.</summary>
    public IEnumerable<string> RunScripts => AllSteps.Select(s => Text(s, "run")).OfType<string>();

    /// <summary>The step that uses <paramref name="action"/> (e.g. actions/setup-dotnet), whatever its version.</summary>
    public YamlMappingNode StepUsing(string job, string action) =>
        Steps(job).Single(s => Text(s, "uses") is { } uses && uses.StartsWith(action + "@", StringComparison.Ordinal));

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null);

    public static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    public static string? Text(YamlMappingNode node, params string[] path)
    {
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(path[i]), out var child) || child is not YamlMappingNode mapping)
                return null;
            node = mapping;
        }

        return Text(node, path[^1]);
    }
}
