using System.Text;
using Kennisbank.Diagnostics;
using Kennisbank.Markdown;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Markdown;

/// <summary>
/// Each thread keeps one Markdig HTML renderer for all the articles it renders. Whatever one body leaves behind (an
/// open line, an indent, raw HTML, a footnote, a table) must not show in the next: every body comes out exactly as a
/// renderer that never drew anything else draws it.
/// </summary>
public sealed class RendererReuseTests : IDisposable
{
    private static readonly string[] Bodies =
    [
        "Een alinea zonder slotregel",
        "<div class=\"kader\">ruwe HTML</div>\n\nEn dan tekst.[^1]\n\n[^1]: Een voetnoot.\n",
        "| Leerjaar | Uren |\n| --- | --- |\n| 1 | 4 |\n",
        "1. een\n   - genest\n     > citaat\n\n```\ncode zonder slot",
        "- [x] taak\n- [ ] nog een\n\n*nadruk* en **sterk** en ~~weg~~",
        "# Kop\n\nTekst met <span>inline HTML</span> en een https://voorbeeld.nl link.",
    ];

    private readonly TempDirectory _content = new();

    private MarkdownRenderer NewRenderer() =>
        new(MarkdownPipelineFactory.Create(), new LinkResolver("/", ArticleLinkMap.Empty, _content.Path));

    private static string Render(MarkdownRenderer renderer, string markdown, int i) =>
        Encoding.UTF8.GetString(renderer.Render(markdown, new ArticleSource($"content/a{i}.md", $"/tmp/a{i}.md", $"a{i}.md", $"a{i}", 5),
            new DiagnosticBag()).HtmlUtf8.Span);

    [Fact]
    public void Bodies_rendered_one_after_another_on_one_thread_match_bodies_rendered_alone()
    {
        var shared = NewRenderer();
        foreach (var order in new[] { Bodies, Bodies.Reverse().ToArray() })
        {
            for (var i = 0; i < order.Length; i++)
                Assert.Equal(Render(NewRenderer(), order[i], i), Render(shared, order[i], i));
        }
    }

    public void Dispose() => _content.Dispose();
}
