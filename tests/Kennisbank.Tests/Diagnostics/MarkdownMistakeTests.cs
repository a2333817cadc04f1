using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// Damaged Markdown never crashes the build. The starter articles get random Markdown and HTML syntax (brackets,
/// links to nowhere, tables, raw tags, code fences) in their bodies: anywhere, where the build must end with
/// located errors (the damage breaks links), and at line starts only, where links stay whole and the build must
/// render every page.
/// </summary>
public sealed class MarkdownMistakeTests
{
    private static readonly string[] Damage =
    [
        "[", "]", "(", ")", "](", "](/artikelen/", "](#", "](bestand.pdf)", "![", "<", ">", "</div>", "<script>",
        "<a href=\"", "*", "_", "`", "```", "\n```\n", "\n#", "\n## ", "|", "\n| a | b |\n|---|", "\n- ", "\n1. ",
        "&", "&#", "\\", "\n---\n", "\n> ", "[^1]", "<!--", "\t", "\u00a0", "\n\n",
    ];

    [Fact]
    public void Damage_anywhere_ends_in_located_errors()
    {
        using var site = new TestSite();
        var random = new Random(2027);
        foreach (var (path, _, matter, body) in StarterArticles(site))
        {
            var damaged = body.ToList();
            for (int edits = random.Next(1, 12); edits > 0; edits--)
                damaged.InsertRange(random.Next(damaged.Count), Damage[random.Next(Damage.Length)]);
            site.Write(path, $"---{matter}---{new string(damaged.ToArray())}");
        }

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1 && d.Path.EndsWith(".md", StringComparison.Ordinal), d.ToString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Damage_at_line_starts_still_renders_every_page(int seed)
    {
        using var site = new TestSite();
        var random = new Random(seed);
        var slugs = new List<string>();
        foreach (var (path, slug, matter, body) in StarterArticles(site))
        {
            var lines = body.Split('\n').ToList();
            for (int edits = random.Next(1, 8); edits > 0; edits--)
            {
                int line = random.Next(1, lines.Count); // line 0 is the rest of the closing "---" line
                lines[line] = Damage[random.Next(Damage.Length)] + lines[line];
            }

            site.Write(path, $"---{matter}---{string.Join('\n', lines)}");
            slugs.Add(slug);
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Assert.All(slugs, slug => Assert.NotNull(site.Page($"/artikelen/{slug}/").QuerySelector("main h1")));
    }

    // The starter articles in their theme folders, their attachments copied alongside.
    private static IEnumerable<(string Path, string Slug, string Matter, string Body)> StarterArticles(TestSite site)
    {
        foreach (var attachment in StarterContent.Attachments())
        {
            var target = Path.Combine(site.ContentDirectory, attachment);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Content, attachment), target);
        }

        return StarterContent.Articles().Select(a => (a.RelativePath, Path.GetFileNameWithoutExtension(a.RelativePath), a.FrontMatter, a.Body));
    }
}
