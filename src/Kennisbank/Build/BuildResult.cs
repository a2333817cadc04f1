using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Build;

/// <summary>What a build did: counts for the summary line, and every problem it found.</summary>
public sealed record BuildResult(
    bool Succeeded,
    int ArticleCount,
    int PageCount,
    int FileCount,
    TimeSpan Elapsed,
    string OutputDirectory,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Every site path the build produced (pages, redirects, feeds, API, …), sorted.</summary>
    public IReadOnlyList<string> SitePaths { get; init; } = [];

    /// <summary>The published articles, newest first (empty when the build stopped before the pages).</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];
}
