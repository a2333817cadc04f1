namespace Kennisbank.Build;

/// <summary>Everything a build needs to know, as the command line or a test passes it.</summary>
public sealed record BuildOptions
{
    /// <summary>Folder with the articles (*.md, in sub-folders too).</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>Folder with the Scriban templates and assets/.</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>The site configuration (kennisbank.yml).</summary>
    public required string ConfigFile { get; init; }

    /// <summary>Where the site is written; replaced as a whole, only when the build succeeds.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Include articles with <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides <c>base_url</c> from the configuration.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Validate and render, but write nothing (for <c>check</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Check published-urls.txt (beside the configuration); off only for <c>urls --update</c>.</summary>
    public bool CheckPublishedUrls { get; init; } = true;

    /// <summary>Pages load the live-reload script (only <c>serve</c> sets this; a published site never has it).</summary>
    public bool LiveReload { get; init; }

    /// <summary>Precompress text files (.gz and .br beside them) even when kennisbank.yml does not ask for it.</summary>
    public bool Precompress { get; init; }

    /// <summary>Called now and then with (done, total) while pages are written.</summary>
    public Action<int, int>? Progress { get; init; }
}
