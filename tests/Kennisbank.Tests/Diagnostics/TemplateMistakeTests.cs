using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Random Scriban mistakes in the templates — unclosed tags, stray ends, unknown members and functions, loops over
/// nothing, division by zero — end in located KB4xx errors or a site, never in an exception.
/// </summary>
public sealed class TemplateMistakeTests
{
    private static readonly string[] Damage =
    [
        "{{", "}}", "{{ end }}", "{{ if page }}", "{{ for a in page }}", "{{ include 'nergens.html' }}", "{{ page.",
        "{{ page.title | }}", "{{ 1 / 0 }}", "{{ onbekend() }}", "{{~", "~}}", "{{ capture x }}", "{{ x = }}",
        "{{ ret }}", "{{ break }}", "{{ page.title.x.y }}", "{{ 'tekst' + }}", "{{ for i in 1..3 }}{{ i }}",
        "{{ relative_url }}", "{{ include }}", "{{ $0 }}", "{{ while true }}{{ break }}{{ end }}",
    ];

    [Fact]
    public void Template_mistakes_are_errors_at_their_place()
    {
        int failed = 0;
        for (int seed = 1; seed <= 60; seed++)
            failed += BuildWithMistakes(seed) ? 0 : 1;

        Assert.InRange(failed, 20, 60);
    }

    // Puts three random mistakes into a copy of the templates and builds; true when the site was built anyway.
    private static bool BuildWithMistakes(int seed)
    {
        using var site = new TestSite();
        var templates = SiteFiles.CopyTemplates(site);
        site.Article("debatclub.md");
        var random = new Random(seed);
        var files = Directory.EnumerateFiles(templates, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (int edits = 0; edits < 3; edits++)
        {
            var file = files[random.Next(files.Count)];
            var text = File.ReadAllText(file);
            File.WriteAllText(file, text.Insert(random.Next(text.Length), Damage[random.Next(Damage.Length)]));
        }

        var result = site.Build();

        Assert.All(result.Diagnostics.Where(d => d.Severity == Kennisbank.Diagnostics.Severity.Error), d =>
        {
            Assert.StartsWith("KB4", d.Code, StringComparison.Ordinal);
            Assert.True(d.Line >= 1 && d.Column >= 1 && d.Path.EndsWith(".html", StringComparison.Ordinal), $"seed {seed}: {d}");
        });
        return result.Succeeded;
    }
}
