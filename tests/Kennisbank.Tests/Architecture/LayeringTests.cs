using Kennisbank.Model;
using Kennisbank.Rendering;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Architecture;

/// <summary>
/// The folders of src/Kennisbank/ are layers in the order of the README's pipeline map: each uses only itself and
/// the folders listed above it. Checked twice: in the source (<c>using</c> directives and fully qualified names, with
/// file and line) and in the compiled assembly (every type any type really uses, however it was named).
/// </summary>
public sealed class LayeringTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "Kennisbank");

    private readonly Lazy<LayerOrder> _readme = new(LayerOrder.FromReadme);

    private LayerOrder Order => _readme.Value;

    [Fact]
    public void The_pipeline_map_lists_every_folder_of_the_library_once()
    {
        var folders = Directory.EnumerateDirectories(Source)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(folders, Order.Folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_using_or_qualified_name_in_the_source_points_to_a_later_layer()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(Source, file).Replace('\\', '/');
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : relative;
            var text = File.ReadAllText(file);
            if (SourceReferences.DeclaredFolder(text) != folder)
                problems.Add($"src/Kennisbank/{relative}: its namespace is not Kennisbank.{folder}");
            foreach (var reference in SourceReferences.Find(text))
            {
                if (!Order.Contains(reference.Folder))
                    problems.Add($"src/Kennisbank/{relative}:{reference.Line}: '{reference.Folder}' is not in the README's pipeline map: {reference.Text}");
                else if (Order.Contains(folder) && !Order.MayUse(folder, reference.Folder))
                    problems.Add($"src/Kennisbank/{relative}:{reference.Line}: {folder} may not use {reference.Folder}, a later layer: {reference.Text}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_compiled_type_uses_a_type_of_a_later_layer()
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Article).Assembly.GetTypes())
        {
            if (LayerOrder.FolderOf(type.Namespace) is not { } folder)
                continue;
            foreach (var used in CompiledReferences.Of(type))
            {
                if (used.Assembly == type.Assembly && LayerOrder.FolderOf(used.Namespace) is { } usedFolder
                    && !(Order.Contains(folder) && Order.Contains(usedFolder) && Order.MayUse(folder, usedFolder)))
                    problems.Add($"{type.FullName} ({folder}) uses {used.FullName} ({usedFolder})");
            }
        }

        Assert.True(problems.Count == 0, "types that use a later layer (or a folder missing from the map):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_source_check_sees_every_form_of_reference_and_ignores_comments_and_strings()
    {
        const string code = """
            using Kennisbank.Diagnostics.Formats;
            using static Kennisbank.Search.JavaScriptMath;
            using Html = Kennisbank.Rendering.RawHtml;
            // Kennisbank.Serve is only mentioned here
            namespace Kennisbank.Model;
            /* Kennisbank.Build neither */
            class X { object y = new global::Kennisbank.Exporters.JsonOutput(); string z = "Kennisbank.Authoring"; }
            """;

        var references = SourceReferences.Find(code);

        Assert.Equal(["Diagnostics", "Search", "Rendering", "Exporters"], references.Select(r => r.Folder));
        Assert.Equal([1, 2, 3, 7], references.Select(r => r.Line));
        Assert.Equal("Model", SourceReferences.DeclaredFolder(code));
    }

    [Fact]
    public void The_compiled_check_sees_types_used_only_inside_a_method_body()
    {
        Assert.Contains(typeof(RawHtml), CompiledReferences.Of(typeof(UsesRawHtmlOnlyInItsBody)));
        Assert.Contains(typeof(Tag), CompiledReferences.Of(typeof(UsesRawHtmlOnlyInItsBody)));
    }

    [Fact]
    public void The_order_puts_a_folder_above_the_ones_it_may_use()
    {
        var order = LayerOrder.Parse("## For developers: the pipeline\n\n```\nDiagnostics/  a\n               b\nModel/        c\n```\n");

        Assert.Equal(["Diagnostics", "Model"], order.Folders);
        Assert.True(order.MayUse("Model", "Diagnostics"));
        Assert.False(order.MayUse("Diagnostics", "Model"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => LayerOrder.Parse("## For developers: the pipeline\n\n```\nModel/  a\nModel/  b\n```\n"));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Source, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static class UsesRawHtmlOnlyInItsBody
    {
        public static int Length()
        {
            var html = new RawHtml(new Tag("a", "a").Slug.Select(c => (byte)c).ToArray());
            return html.Utf8.Length;
        }
    }
}
