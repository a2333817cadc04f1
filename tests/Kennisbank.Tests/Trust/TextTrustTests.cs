using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11, classes 10 and 11: characters an editor cannot see. Control characters, non-characters and bidi
/// overrides are refused at their line and column (they crashed the Atom writer and made invalid HTML); invisible
/// format characters and decomposed accents in tags and file names no longer make look-alike pages.
/// </summary>
public sealed class TextTrustTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u0000")]
    [InlineData("\u000B")]
    [InlineData("\u202E")]
    public void A_raw_control_character_in_a_title_is_KB008_in_check_and_build_alike(string character)
    {
        var file = _site.Article("titel.md", matter: ("title", $"Een artikel{character} over thuiszitters"));

        var check = _site.Build(dryRun: true);
        var build = _site.Build();

        var diagnostic = DiagnosticAssert.Sole(build, "KB008");
        DiagnosticAssert.At(diagnostic, file, 2, 19);
        DiagnosticAssert.Mentions(diagnostic, $"U+{(int)character[0]:X4}");
        Assert.Equal(check.Diagnostics, build.Diagnostics);
    }

    [Theory]
    [InlineData("\\u0001")]
    [InlineData("\\uFFFE")]
    [InlineData("\\x0B")]
    [InlineData("\\u202E")]
    public void A_control_character_written_as_a_yaml_escape_is_KB113_at_the_value(string escape)
    {
        var file = _site.Article("titel.md", matter: ("title", $"\"Een artikel{escape} over thuiszitters\""));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB113");

        DiagnosticAssert.At(diagnostic, file, 2, 8);
    }

    [Fact]
    public void A_control_character_in_the_body_is_KB008_at_its_place_and_never_written()
    {
        var file = _site.Article("tekst.md", "Eerste regel.\n\nTweede\u000B regel met \u0001.\n");

        var errors = DiagnosticAssert.Only(_site.Build(), "KB008");

        Assert.Equal(2, errors.Count);
        DiagnosticAssert.At(errors[0], file, 10, 7);
        DiagnosticAssert.At(errors[1], file, 10, 19);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void A_character_reference_to_a_control_character_is_KB307_in_text_and_in_raw_html()
    {
        var file = _site.Article("tekst.md", "Tekst &#1; en &#x202E;.\n\n<p>Ruw &#xFFFE; en &#65; goed.</p>\n\nSlot &amp; &#233;.\n");

        var errors = DiagnosticAssert.Only(_site.Build(), "KB307");

        Assert.Equal(3, errors.Count);
        DiagnosticAssert.At(errors[0], file, 8, 7);
        DiagnosticAssert.At(errors[1], file, 8, 15);
        DiagnosticAssert.At(errors[2], file, 10, 8);
        DiagnosticAssert.Mentions(errors[1], "&#x202E;", "U+202E");
    }

    [Fact]
    public void Invisible_characters_in_tags_do_not_make_look_alike_tag_pages()
    {
        _site.Article("a.md", matter: [("slug", "a"), ("tags", "[pesten]")]);
        _site.Article("b.md", matter: [("slug", "b"), ("tags", "[\"pes\\u200Bten\"]")]);
        _site.Article("c.md", matter: [("slug", "c"), ("tags", "[pes\u00ADten]")]);
        _site.Article("d.md", matter: [("slug", "d"), ("tags", "[\"pes\\u200Dten\", \"pes\\u2060ten\"]")]);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tagPages = Directory.GetDirectories(Path.Combine(_site.OutputDirectory, "tags")).Select(Path.GetFileName).ToList();
        Assert.Equal(["pesten"], tagPages);
        var heading = _site.Page("/tags/pesten/").QuerySelector("h1")!.TextContent;
        Assert.Contains("pesten", heading, StringComparison.Ordinal);
        Assert.DoesNotContain('\u200B', File.ReadAllText(_site.OutputFile("/api/artikelen.json")));
        Assert.DoesNotContain('\u00AD', File.ReadAllText(_site.OutputFile("/api/artikelen.json")));
    }

    [Fact]
    public void A_decomposed_accent_in_a_tag_is_the_same_tag_with_a_composed_label()
    {
        _site.Article("a.md", matter: [("slug", "a"), ("tags", "[ideeën]")]);
        _site.Article("b.md", matter: [("slug", "b"), ("tags", "[idee\u0065\u0308n]")]);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var api = File.ReadAllText(_site.OutputFile("/api/artikelen.json"));
        Assert.DoesNotContain("e\u0308", api, StringComparison.Ordinal);
        Assert.Equal(2, api.Split("ideeën").Length - 1);
    }

    [Fact]
    public void A_zero_width_space_in_a_file_name_gives_the_plain_slug()
    {
        _site.Article("pes\u200Bten-op-school.md");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(_site.OutputFile("/artikelen/pesten-op-school/")));
    }
}
