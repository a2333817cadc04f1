using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Authoring;

/// <summary>
/// <c>kennisbank new</c> without the command line: checks a <see cref="NewArticleRequest"/> against the site
/// (theme and type from kennisbank.yml with a "Bedoelde je …?", a title the front matter accepts, a slug no
/// other article or alias uses) and writes <c>content/{theme}/{slug}.md</c>. Every refusal is reported at once,
/// and nothing is written unless all is well. The clock is passed in, so tests can fix "today".
/// </summary>
public sealed class ArticleCreator(SiteConfig config, string contentDirectory, TimeProvider clock)
{
    private const int MinimumTitleLength = 5;
    private const int MaximumTitleLength = 120;

    /// <summary>Checks the request and returns the file it would write, without writing it.</summary>
    public NewArticleResult Prepare(NewArticleRequest request)
    {
        var problems = new List<string>();
        var title = request.Title.Trim();
        var theme = Term(config.Themes, ("een thema", "onbekend thema"), "--theme", request.Theme, problems);
        var type = Term(config.Types, ("een soort", "onbekende soort"), "--type", request.Type, problems);
        var tags = request.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags.Where(t => Slugs.From(t).Length == 0 || t.Any(char.IsControl)))
            problems.Add($"tag '{tag}' bevat geen letters of cijfers");

        var slug = CheckTitle(title, problems);
        var file = theme is null || slug is null ? null : Path.Combine(Path.GetFullPath(contentDirectory), theme.Key, slug + ".md");
        if (file is not null)
            CheckFree(file, slug!, problems);
        if (problems.Count > 0 || theme is null || type is null || file is null)
            return NewArticleResult.Refused(problems);

        if (tags.Count == 0)
            tags.Add(DefaultTag(theme));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new NewArticleResult
        {
            FilePath = file,
            Slug = slug,
            Text = ArticleScaffold.Text(config, title, theme.Key, type.Key, today, tags),
        };
    }

    /// <summary>Checks the request and, when nothing is in the way, writes the new article (never over a file).</summary>
    public NewArticleResult Create(NewArticleRequest request)
    {
        var result = Prepare(request);
        if (!result.Succeeded)
            return result;

        Directory.CreateDirectory(Path.GetDirectoryName(result.FilePath)!);
        try
        {
            using var stream = new FileStream(result.FilePath!, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(result.Text);
        }
        catch (IOException e)
        {
            // Also when someone created the same file between the check and now: CreateNew never overwrites.
            return NewArticleResult.Refused($"kan {DisplayPaths.For(result.FilePath!)} niet schrijven: {e.Message}");
        }

        return result;
    }

    /// <summary>The tag an article gets when none is given: the theme's label, as many articles already have it.</summary>
    public static string DefaultTag(TaxonomyTerm theme) => theme.Label.ToLowerInvariant();

    private static TaxonomyTerm? Term(Taxonomy taxonomy, (string Some, string Unknown) noun, string option, string key, List<string> problems)
    {
        var trimmed = key.Trim();
        if (taxonomy.Contains(trimmed))
            return taxonomy[trimmed];
        var known = string.Join(", ", taxonomy.Keys);
        problems.Add(trimmed.Length == 0
            ? $"geef {noun.Some} op met {option}; mogelijk: {known}"
            : $"{noun.Unknown} '{trimmed}'.{Suggestions.Hint(trimmed, taxonomy.Keys)} Mogelijk: {known}");
        return null;
    }

    /// <summary>The slug for a title the front matter accepts, or null (with the reason in problems).</summary>
    private static string? CheckTitle(string title, List<string> problems)
    {
        if (title.Any(char.IsControl))
        {
            problems.Add("de titel moet op één regel staan, zonder tabs of andere stuurtekens");
            return null;
        }

        if (title.Length is < MinimumTitleLength or > MaximumTitleLength)
        {
            problems.Add($"de titel moet {MinimumTitleLength} tot {MaximumTitleLength} tekens lang zijn (nu {title.Length})");
            return null;
        }

        var slug = Slugs.From(title);
        if (Slugs.IsValid(slug))
            return slug;
        problems.Add($"uit de titel '{title}' valt geen adres te maken: gebruik letters of cijfers");
        return null;
    }

    private void CheckFree(string file, string slug, List<string> problems)
    {
        if (File.Exists(file))
        {
            problems.Add($"{DisplayPaths.For(file)} bestaat al; open dat artikel, of kies een andere titel");
            return;
        }

        var taken = TakenSlugs.Read(contentDirectory);
        if (taken.ArticleWithSlug(slug) is { } owner)
            problems.Add($"het adres {SitePaths.Article(slug)} (slug '{slug}') is al van {owner}; "
                + "kies een titel die dit artikel onderscheidt, bijvoorbeeld met de naam van de school of de plaats");
        else if (taken.ArticleWithAliasFor(slug) is { } redirected)
            problems.Add($"het adres {SitePaths.Article(slug)} is een oud adres (alias) van {redirected} en moet daarheen blijven leiden; "
                + "kies een andere titel");
    }
}
