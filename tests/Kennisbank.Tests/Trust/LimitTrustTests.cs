using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11, classes 9 and 10: input built to hang or crash the build — 300,000 tags, nesting that overflows a
/// parser's stack, a template that loops forever, a name too long for the file system — gets a located error.
/// </summary>
public sealed class LimitTrustTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Three_hundred_thousand_tags_are_refused_by_the_size_of_the_file()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 300_000).Select(i => "tag" + i));
        var file = _site.Article("tags.md", matter: ("tags", $"[{tags}]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB007");

        DiagnosticAssert.At(diagnostic, file, 1, 1);
    }

    [Fact]
    public void A_hundred_thousand_tags_are_KB112_at_the_list()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "t" + i));
        var file = _site.Article("tags.md", matter: ("tags", $"[{tags}]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB112");

        DiagnosticAssert.At(diagnostic, file, 7, 7);
        DiagnosticAssert.Mentions(diagnostic, "100000", "50");
    }

    [Fact]
    public void Fifty_one_tags_are_KB112_and_fifty_are_fine()
    {
        _site.Article("vijftig.md", matter: [("slug", "vijftig"), ("tags", "[" + string.Join(", ", Enumerable.Range(0, 50).Select(i => "t" + i)) + "]")]);
        var file = _site.Article("eenenvijftig.md", matter: [("slug", "eenenvijftig"), ("tags", "[" + string.Join(", ", Enumerable.Range(0, 51).Select(i => "t" + i)) + "]")]);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB112");

        DiagnosticAssert.At(diagnostic, file, 8, 7);
    }

    [Fact]
    public void Deep_yaml_is_KB111_before_the_parser_overflows_its_stack()
    {
        // In a separate process: on a stack overflow .NET kills the process, and it must not be the test host.
        _site.Write("diep.md", "---\ntitle: Een artikel over thuiszitters\ntags: " + new string('[', 100_000) + "\n---\nTekst.\n");

        var run = CliProcess.Run(_site.Root, "check", "--templates", _site.TemplatesDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"content/diep.md:3:\d+: error KB111: ", run.Stdout);
        AssertNoTrace(run);
    }

    [Fact]
    public void Deep_block_yaml_on_one_line_is_KB111()
    {
        var file = _site.Write("diep.md", "---\ntitle: Een artikel over thuiszitters\ntags:\n  " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\n---\nTekst.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB111");

        Assert.Equal(4, diagnostic.Line);
        DiagnosticAssert.At(diagnostic, file, 4, diagnostic.Column);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("quote")]
    public void Markdown_nested_past_markdigs_limit_is_KB306(string kind)
    {
        var body = kind == "list"
            ? string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- niveau\n"))
            : new string('>', 20_000) + " citaat\n";
        var file = _site.Article("diep.md", body);

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB306");

        Assert.True(DiagnosticAssert.SamePath(diagnostic.Path, file), diagnostic.ToString());
        Assert.InRange(diagnostic.Line, 8, 8 + 64);
    }

    [Fact]
    public void Markdown_nested_just_past_our_limit_is_KB306_at_the_deep_line()
    {
        var file = _site.Article("diep.md", "Inleiding.\n\n" + new string('>', 40) + " citaat\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB306");

        DiagnosticAssert.At(diagnostic, file, 10, 1);
    }

    [Fact]
    public void Raw_html_nested_a_hundred_thousand_deep_is_KB308_not_minutes_in_the_sanitizer()
    {
        var file = _site.Article("html.md", "Inleiding.\n\n<div>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x\n\nSlot.\n");

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB308");

        DiagnosticAssert.At(diagnostic, file, 10, 1);
    }

    [Fact]
    public void A_299_character_tag_is_KB114_not_a_PathTooLongException()
    {
        var file = _site.Article("lang.md", matter: ("tags", "[" + new string('a', 299) + "]"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB114");

        DiagnosticAssert.At(diagnostic, file, 7, 8);
    }

    [Fact]
    public void A_299_character_slug_or_alias_segment_is_KB114()
    {
        var file = _site.Article("lang.md", matter: [("slug", new string('a', 299)), ("aliases", "[/oud/" + new string('b', 299) + "/]")]);

        var errors = DiagnosticAssert.Only(_site.Build(), "KB114");

        Assert.Equal([7, 8], errors.Select(d => d.Line).Order());
        Assert.All(errors, d => Assert.True(DiagnosticAssert.SamePath(d.Path, file)));
    }

    [Fact]
    public void A_template_that_loops_forever_is_KB401()
    {
        using var templates = CopyOfTemplates();
        File.AppendAllText(Path.Combine(templates.Path, "partials", "footer.html"), "{{ while true }}{{ end }}");
        _site.TemplatesDirectory = templates.Path;
        _site.Article("echt.md");

        var errors = DiagnosticAssert.Only(_site.Build(), "KB401");

        Assert.All(errors, d => Assert.EndsWith("footer.html", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_KB401_not_a_stack_overflow()
    {
        using var templates = CopyOfTemplates();
        File.WriteAllText(Path.Combine(templates.Path, "partials", "zelf.html"), "x{{ include 'partials/zelf.html' }}");
        File.AppendAllText(Path.Combine(templates.Path, "partials", "footer.html"), "{{ include 'partials/zelf.html' }}");
        _site.TemplatesDirectory = templates.Path;
        _site.Article("echt.md");

        var errors = DiagnosticAssert.Only(_site.Build(), "KB401");

        Assert.Contains(errors, d => d.Message.Contains("zelf.html", StringComparison.Ordinal));
    }

    private static TempDirectory CopyOfTemplates()
    {
        var templates = new TempDirectory("kb-templates");
        CliProcess.CopyFolder(RepoPaths.Templates, templates.Path);
        return templates;
    }

    internal static void AssertNoTrace(CliRun run)
    {
        var output = run.Stdout + run.Stderr;
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", output, StringComparison.Ordinal);
    }
}
