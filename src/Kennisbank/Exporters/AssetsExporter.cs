using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>Copies <c>templates/assets/</c> (CSS, scripts, icons) to <c>/assets/</c>, byte for byte.</summary>
public sealed class AssetsExporter(string templatesDirectory) : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        var assets = Path.Combine(templatesDirectory, "assets");
        if (!Directory.Exists(assets))
            yield break;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
            yield return new GeneratedFile($"/assets/{relative}", () => File.ReadAllBytes(file), $"templates/assets/{relative}");
        }
    }
}
