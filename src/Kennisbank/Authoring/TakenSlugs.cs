using Kennisbank.Build;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Model;
using Kennisbank.Validation;

namespace Kennisbank.Authoring;

/// <summary>
/// The article URLs already claimed in content/, read the way a build reads them: an article's explicit
/// <c>slug</c>, or else its file name transliterated ("ideeën.md" claims <c>ideeen</c>), and every old address in
/// <c>aliases</c>. <c>kennisbank new</c> asks this before writing, so a clash is refused at once instead of failing
/// the next build with KB201 or KB202. Files that do not parse still claim their file-name slug, to be safe.
/// </summary>
public sealed class TakenSlugs
{
    private readonly Dictionary<string, string> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.Ordinal);

    private TakenSlugs()
    {
    }

    /// <summary>Reads every <c>*.md</c> under <paramref name="contentDirectory"/> (a missing folder claims nothing).</summary>
    public static TakenSlugs Read(string contentDirectory)
    {
        var taken = new TakenSlugs();
        if (!Directory.Exists(contentDirectory))
            return taken;

        // Problems in other articles are for 'check' to report; here they only must not hide a slug.
        var ignored = new DiagnosticBag();
        foreach (var file in ContentLoader.Load(contentDirectory, DisplayPaths.For(contentDirectory), ignored))
        {
            var matter = FrontMatterSplitter.Split(file, ignored) is { } block ? FrontMatterParser.Parse(file.DisplayPath, block, ignored) : null;
            var slug = matter?.Slug?.Value ?? Slugs.From(Path.GetFileNameWithoutExtension(file.FullPath));
            taken._bySlug.TryAdd(slug, file.DisplayPath);
            foreach (var alias in matter?.Aliases ?? [])
            {
                if (AliasPaths.Normalize(alias.Value) is { } path)
                    taken._byAlias.TryAdd(path, file.DisplayPath);
            }
        }

        return taken;
    }

    /// <summary>Which file already uses <paramref name="slug"/> as its slug, or null.</summary>
    public string? ArticleWithSlug(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Which file has the article URL of <paramref name="slug"/> among its old addresses, or null.</summary>
    public string? ArticleWithAliasFor(string slug) => _byAlias.GetValueOrDefault(SitePaths.Article(slug));
}
