using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kennisbank.Build;

namespace Kennisbank.Tests.Support;

/// <summary>
/// A small site on disk for a test: the repository's templates and kennisbank.yml (or a given config), plus
/// articles written by the test. <see cref="Build"/> runs the real pipeline; <see cref="Page"/> parses output with AngleSharp.
/// </summary>
public sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _root = new("kb-site");

    public TestSite(string? config = null)
    {
        Directory.CreateDirectory(ContentDirectory);
        // The repository's kennisbank.yml still has the example address (a KB905 warning); a test site has a real one.
        File.WriteAllText(ConfigFile, config ?? File.ReadAllText(RepoPaths.Config).Replace(RepoPaths.PlaceholderBaseUrl, TestBaseUrl));
        // The repository's kennisbank.yml links its footer to the editors' pages, so they come along with it.
        if (config is null || config == File.ReadAllText(RepoPaths.Config))
            Cli.CliProcess.CopyFolder(RepoPaths.Pages, _root.Combine("pages"));
    }

    /// <summary>The base URL of a test site made with the repository's configuration.</summary>
    public const string TestBaseUrl = "https://kennisbank.test/";

    public string Root => _root.Path;

    public string ContentDirectory => _root.Combine("content");

    public string ConfigFile => _root.Combine("kennisbank.yml");

    public string OutputDirectory => _root.Combine("site");

    public string TemplatesDirectory { get; set; } = RepoPaths.Templates;

    /// <summary>Writes content/<paramref name="relativePath"/>.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a valid article with the given front matter lines replacing or adding to the defaults.</summary>
    public string Article(string fileName, string body = "Een korte tekst.\n\n## Aanpak\n\nZo doen we het.\n", params (string Key, string? Value)[] matter)
    {
        var fields = new List<(string Key, string? Value)>
        {
            ("title", "Een artikel over thuiszitters"),
            ("summary", "Een korte samenvatting van het artikel."),
            ("theme", "passend-onderwijs"),
            ("type", "praktijkvoorbeeld"),
            ("date", "2025-03-14"),
        };
        foreach (var (key, value) in matter)
        {
            var index = fields.FindIndex(f => f.Key == key);
            if (index >= 0)
                fields[index] = (key, value);
            else
                fields.Add((key, value));
        }

        var yaml = string.Join("\n", fields.Where(f => f.Value is not null).Select(f => $"{f.Key}: {f.Value}"));
        return Write(fileName, $"---\n{yaml}\n---\n{body}");
    }

    public BuildResult Build(bool drafts = false, string? baseUrl = null, string? output = null, bool dryRun = false) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = ContentDirectory,
            TemplatesDirectory = TemplatesDirectory,
            ConfigFile = ConfigFile,
            OutputDirectory = output ?? OutputDirectory,
            IncludeDrafts = drafts,
            BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
            DryRun = dryRun,
        });

    public string OutputFile(string sitePath) => Path.Combine(OutputDirectory, Model.SitePaths.OutputFile(sitePath));

    public IDocument Page(string sitePath) => Parse(File.ReadAllText(OutputFile(sitePath)));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public void Dispose() => _root.Dispose();
}
