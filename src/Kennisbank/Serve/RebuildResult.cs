using Kennisbank.Diagnostics;

namespace Kennisbank.Serve;

/// <summary>The outcome of one rebuild in <c>serve</c>: what changed on disk, or the problems that kept the last good site in place.</summary>
public sealed record RebuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> ChangedPaths,
    int RenderedPages,
    int TotalPages,
    TimeSpan Elapsed,
    TimeSpan PagesReady);
