using System.Text.Json;
using System.Text.RegularExpressions;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Check;

/// <summary>
/// <c>check --format json</c>: stdout is one JSON document with exactly the documented schema
/// <c>{"version":1,"errors":n,"warnings":n,"diagnostics":[{"severity","code","path","line","column","message"}]}</c>,
/// with counts that match the list.
/// </summary>
public sealed partial class CheckJsonFormatTests : IDisposable
{
    private const string Tags = "[debat]";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [GeneratedRegex(@"^KB\d{3}$")]
    private static partial Regex Code();

    private void BrokenSite()
    {
        _site.Article("goed.md", matter: ("tags", Tags));
        _site.Article("geen-tags.md", matter: ("title", "Een artikel zonder tags"));
        _site.Article("thema.md", matter: [("tags", Tags), ("theme", "burgerschp")]);
        _site.Article("link.md", body: "Zie [weg](/artikelen/bestaat-niet/).\n", matter: ("tags", Tags));
        _site.Write("zonder.md", "Geen front matter.\n");
    }

    private static void AssertProperties(JsonElement element, params (string Name, JsonValueKind Kind)[] expected)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var actual = element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(e => e.Name).Order(StringComparer.Ordinal), actual);
        foreach (var (name, kind) in expected)
            Assert.True(element.GetProperty(name).ValueKind == kind, $"'{name}' should be {kind}: {element}");
    }

    [Fact]
    public void Document_has_exactly_the_documented_schema()
    {
        BrokenSite();

        var run = KennisbankCli.Check(_site, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        AssertProperties(root, ("version", JsonValueKind.Number), ("errors", JsonValueKind.Number),
            ("warnings", JsonValueKind.Number), ("diagnostics", JsonValueKind.Array));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.NotEqual(0, root.GetProperty("diagnostics").GetArrayLength());
        foreach (var diagnostic in root.GetProperty("diagnostics").EnumerateArray())
        {
            AssertProperties(diagnostic, ("severity", JsonValueKind.String), ("code", JsonValueKind.String),
                ("path", JsonValueKind.String), ("line", JsonValueKind.Number), ("column", JsonValueKind.Number),
                ("message", JsonValueKind.String));
            Assert.Contains(diagnostic.GetProperty("severity").GetString(), new[] { "error", "warning" });
            Assert.Matches(Code(), diagnostic.GetProperty("code").GetString());
            Assert.True(diagnostic.GetProperty("line").TryGetInt32(out var line) && line >= 1, diagnostic.ToString());
            Assert.True(diagnostic.GetProperty("column").TryGetInt32(out var column) && column >= 1, diagnostic.ToString());
            Assert.NotEmpty(diagnostic.GetProperty("message").GetString()!);
        }
    }

    [Fact]
    public void Counts_match_the_diagnostics_and_the_exit_code()
    {
        BrokenSite();

        var run = KennisbankCli.Check(_site, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var diagnostics = JsonDiagnostic.ReadAll(run.Stdout);
        var errors = diagnostics.Count(d => d.Severity == "error");
        var warnings = diagnostics.Count(d => d.Severity == "warning");
        Assert.Equal(errors, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(warnings, document.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(3, errors);
        Assert.Equal(1, warnings);
        Assert.Contains(diagnostics, d => d is { Severity: "error", Code: "KB109", Path: "content/thema.md", Line: 4, Column: 8 });
        Assert.Contains(diagnostics, d => d is { Severity: "error", Code: "KB101", Path: "content/zonder.md", Line: 1, Column: 1 });
        Assert.Contains(diagnostics, d => d is { Severity: "warning", Code: "KB901", Path: "content/geen-tags.md" });
        Assert.Contains(diagnostics, d => d is { Severity: "error", Code: "KB301", Path: "content/link.md" }
                                          && d.Message.Contains("/artikelen/bestaat-niet/", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_the_same_diagnostics_as_the_text_format()
    {
        BrokenSite();

        var json = KennisbankCli.Check(_site, "--format", "json");
        var text = KennisbankCli.Check(_site);

        Assert.Equal(text.ExitCode, json.ExitCode);
        var fromJson = JsonDiagnostic.ReadAll(json.Stdout)
            .Select(d => $"{d.Path}:{d.Line}:{d.Column}: {d.Severity} {d.Code}: {d.Message}").ToList();
        Assert.Equal(text.StdoutLines, fromJson);
    }

    [Fact]
    public void Clean_site_is_an_empty_report_with_exit_0()
    {
        _site.Article("goed.md", matter: ("tags", Tags));

        var run = KennisbankCli.Check(_site, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Warnings_only_exit_0_and_fail_with_strict()
    {
        _site.Article("geen-tags.md");

        var lenient = KennisbankCli.Check(_site, "--format", "json");
        var strict = KennisbankCli.Check(_site, "--format", "json", "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.True(strict.ExitCode == 1, strict.ToString());
        using var document = JsonDocument.Parse(strict.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("warnings").GetInt32());
    }
}
