using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>Errors in Scriban templates are KB401 at the template's own path and line, not an exception.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _templates;

    public TemplateErrorTests()
    {
        _templates = SiteFiles.CopyTemplates(_site);
        _site.Article("debatclub.md");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Syntax_error_is_KB401_at_the_template_line()
    {
        var template = SiteFiles.InsertLine(_templates, "list.html", 3, "{{ if }}");

        var result = _site.Build();

        // An unfinished 'if' may also yield a follow-up "no end" error further down; the first one is on line 3.
        var errors = DiagnosticAssert.Only(result, "KB401");
        Assert.All(errors, d => Assert.True(DiagnosticAssert.SamePath(d.Path, template), d.ToString()));
        Assert.Equal(3, errors[0].Line);
        Assert.InRange(errors[0].Column, 1, "{{ if }}".Length);
    }

    [Fact]
    public void Runtime_error_for_a_missing_member_is_KB401_at_the_template_line()
    {
        var template = SiteFiles.InsertLine(_templates, "article.html", 2, "<p>{{ page.nonexistent.x }}</p>");

        var diagnostic = DiagnosticAssert.Single(_site.Build(), "KB401");

        Assert.True(DiagnosticAssert.SamePath(diagnostic.Path, template), diagnostic.ToString());
        Assert.Equal(2, diagnostic.Line);
        Assert.InRange(diagnostic.Column, 4, "<p>{{ page.nonexistent.x }}".Length);
    }

    [Fact]
    public void Runtime_error_for_an_unknown_variable_is_KB401_naming_the_variable()
    {
        var template = SiteFiles.InsertLine(_templates, "article.html", 2, "<p>{{ artikel.title }}</p>");

        var diagnostic = DiagnosticAssert.Single(_site.Build(), "KB401");

        Assert.True(DiagnosticAssert.SamePath(diagnostic.Path, template), diagnostic.ToString());
        Assert.Equal(2, diagnostic.Line);
        DiagnosticAssert.Mentions(diagnostic, "artikel");
    }

    [Fact]
    public void Runtime_error_in_a_partial_points_at_the_partial()
    {
        var partial = SiteFiles.InsertLine(_templates, "partials/footer.html", 1, "{{ site.nonexistent.x }}");

        var diagnostic = DiagnosticAssert.Single(_site.Build(), "KB401");

        Assert.True(DiagnosticAssert.SamePath(diagnostic.Path, partial), diagnostic.ToString());
        Assert.Equal(1, diagnostic.Line);
    }
}
