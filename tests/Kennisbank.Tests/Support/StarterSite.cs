using Kennisbank.Build;

namespace Kennisbank.Tests.Support;

/// <summary>
/// The repository's own starter content built once per test run (into a temp folder), shared by the tests
/// that look at real pages: DOM checks, the HTML validator, axe-core and the search tests.
/// </summary>
public sealed class StarterSite : IDisposable
{
    private readonly TempDirectory _output = new("kb-starter");

    public StarterSite()
    {
        Result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = RepoPaths.Content,
            TemplatesDirectory = RepoPaths.Templates,
            ConfigFile = RepoPaths.Config,
            OutputDirectory = OutputDirectory,
        });
        if (!Result.Succeeded)
            throw new InvalidOperationException("The starter site does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    public BuildResult Result { get; }

    public string OutputDirectory => _output.Combine("site");

    public string File(string sitePath) => Path.Combine(OutputDirectory, Model.SitePaths.OutputFile(sitePath));

    public AngleSharp.Dom.IDocument Page(string sitePath) => TestSite.Parse(System.IO.File.ReadAllText(File(sitePath)));

    /// <summary>Every HTML file of the built site, as site paths.</summary>
    public IReadOnlyList<string> HtmlPages() =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _output.Dispose();
}

[CollectionDefinition(Name)]
public sealed class StarterSiteCollection : ICollectionFixture<StarterSite>
{
    public const string Name = "starter site";
}
