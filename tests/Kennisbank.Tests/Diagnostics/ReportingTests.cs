using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>One run reports every problem it can find, in a stable order, so an editor fixes them all in one go.</summary>
public sealed class ReportingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Problems_in_three_files_are_reported_together()
    {
        var noFrontMatter = _site.Write("a-zonder.md", "Alleen tekst.\n");
        var badDate = _site.Article("b-datum.md", matter: ("date", "2025-02-30"));
        var badTheme = _site.Article("c-thema.md", matter: ("theme", "burgerschp"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "KB101" && DiagnosticAssert.SamePath(d.Path, noFrontMatter));
        Assert.Contains(result.Diagnostics, d => d.Code == "KB108" && DiagnosticAssert.SamePath(d.Path, badDate));
        Assert.Contains(result.Diagnostics, d => d.Code == "KB109" && DiagnosticAssert.SamePath(d.Path, badTheme));
    }

    [Fact]
    public void Every_problem_in_one_file_is_reported_together()
    {
        var file = _site.Article("veel-fouten.md", matter: [("date", "2025-02-30"), ("tags", "los"), ("region", "[utrecht]")]);

        var result = _site.Build();

        var problems = result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).ToList();
        Assert.All(result.Diagnostics, d => Assert.True(DiagnosticAssert.SamePath(d.Path, file), d.ToString()));
        Assert.Contains(("KB108", 6, 7), problems);
        Assert.Contains(("KB106", 7, 7), problems);
        Assert.Contains(("KB106", 8, 9), problems);
    }

    [Fact]
    public void Front_matter_and_taxonomy_problems_in_one_file_are_reported_together()
    {
        var file = _site.Article("twee-fouten.md", matter: [("theme", "burgerschp"), ("date", "2025-02-30")]);

        var result = _site.Build();

        DiagnosticAssert.At(DiagnosticAssert.Single(result, "KB108"), file, 6, 7);
        DiagnosticAssert.At(DiagnosticAssert.Single(result, "KB109"), file, 4, 8);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_path_then_line_then_column()
    {
        _site.Article("c.md", matter: [("date", "2025-02-30"), ("draft", "ja")]);
        _site.Article("a.md", matter: [("type", "soort"), ("theme", "thema")]);
        _site.Write("b.md", "Geen front matter.\n");

        var diagnostics = _site.Build().Diagnostics;

        Assert.True(diagnostics.Count >= 5, string.Join("\n", diagnostics));
        var sorted = diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        Assert.Equal(sorted, diagnostics);
    }

    [Fact]
    public void Content_and_template_errors_are_reported_in_the_same_run()
    {
        var templates = SiteFiles.CopyTemplates(_site);
        var template = SiteFiles.InsertLine(templates, "article.html", 1, "{{ page.nonexistent.x }}");
        _site.Article("goed.md");
        var broken = _site.Article("fout.md", matter: ("region", "brabant"));

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "KB109" && DiagnosticAssert.SamePath(d.Path, broken));
        Assert.Contains(result.Diagnostics, d => d.Code == "KB401" && DiagnosticAssert.SamePath(d.Path, template));
    }

    [Fact]
    public void Diagnostic_text_has_the_canonical_form()
    {
        var file = _site.Article("thema.md", matter: ("theme", "pasend-onderwijs"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB109");

        Assert.StartsWith($"{diagnostic.Path}:4:8: error KB109: onbekende waarde 'pasend-onderwijs'", diagnostic.ToString());
        DiagnosticAssert.At(diagnostic, file, 4, 8);
    }
}
