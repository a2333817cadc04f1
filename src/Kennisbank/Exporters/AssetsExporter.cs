using Kennisbank.Content;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// Copies <c>templates/assets/</c> (CSS, scripts, icons) to <c>/assets/</c>, byte for byte: the files
/// <see cref="ProjectFolder"/> found there, so only regular files inside the folder.
/// </summary>
public sealed class AssetsExporter(IReadOnlyList<ProjectFile> assets) : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages) =>
        assets.Select(file => new GeneratedFile($"/assets/{file.RelativePath}", () => file.ReadAllBytes(), $"templates/assets/{file.RelativePath}"));
}
