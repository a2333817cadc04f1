using System.Text;
using Kennisbank.Diagnostics;
using Kennisbank.Rendering;
using Kennisbank.Tests.Support;
using Scriban.Runtime;

namespace Kennisbank.Tests.Rendering;

/// <summary>
/// An include that stands as a statement of its own is drawn straight into the page (no copy per include); an
/// include whose result is kept (assigned, then printed twice) must still be drawn into a value of its own, not
/// into the page where it was assigned.
/// </summary>
public sealed class IncludeInPlaceTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Render(string page, string partial = "<i>deel</i>")
    {
        File.WriteAllText(_folder.Combine("page.html"), page);
        Directory.CreateDirectory(_folder.Combine("partials"));
        File.WriteAllText(_folder.Combine("partials", "p.html"), partial);
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(_folder.Path, "templates", diagnostics);
        Assert.False(diagnostics.HasErrors);
        string? html = null;
        var context = templates.CreateContext([]);
        Assert.True(templates.Render(context, "page.html", null, new ScriptObject(), diagnostics,
            bytes => html = Encoding.UTF8.GetString(bytes), out _), string.Join("\n", diagnostics.All));
        return html!;
    }

    [Fact]
    public void An_include_statement_prints_the_partial_where_it_stands()
    {
        Assert.Equal("voor <i>deel</i> midden <i>deel</i> na", Render("voor {{ include 'partials/p.html' }} midden {{ include 'partials/p.html' }} na"));
    }

    [Fact]
    public void An_assigned_include_is_printed_where_the_variable_is_printed_not_where_it_was_assigned()
    {
        var html = Render("A{{ x = include 'partials/p.html' }}B{{ x }}{{ x }}C");

        Assert.Equal("AB<i>deel</i><i>deel</i>C", html);
    }

    [Fact]
    public void An_include_inside_a_partial_that_is_itself_included_keeps_its_order()
    {
        Directory.CreateDirectory(_folder.Combine("partials"));
        File.WriteAllText(_folder.Combine("partials", "outer.html"), "[{{ include 'partials/p.html' }}|{{ y = include 'partials/p.html' }}{{ y }}]");

        Assert.Equal("1[<i>deel</i>|<i>deel</i>]2", Render("1{{ include 'partials/outer.html' }}2"));
    }

    public void Dispose() => _folder.Dispose();
}
