using Kennisbank.Configuration;
using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Model;
using Kennisbank.Yaml;

namespace Kennisbank.Validation;

/// <summary>
/// Stage 3a: checks one article's front matter against kennisbank.yml (theme, type, school types, region)
/// and turns it into an <see cref="Article"/> with its taxonomy terms and slug resolved.
/// </summary>
public sealed class ArticleValidator(SiteConfig config)
{
    public Article? Validate(SourceFile file, string contentPath, FrontMatterBlock block, ArticleFrontMatter matter, DiagnosticBag diagnostics)
    {
        var theme = Term(config.Themes, "theme", matter.Theme, diagnostics);
        var type = Term(config.Types, "type", matter.Type, diagnostics);
        var region = matter.Region is { } r ? Term(config.Regions, "region", r, diagnostics) : null;
        var schoolTypes = matter.SchoolTypes
            .Select(s => Term(config.SchoolTypes, "school_types", s, diagnostics))
            .OfType<TaxonomyTerm>()
            .DistinctBy(t => t.Key)
            .OrderBy(t => config.SchoolTypes.Terms.ToList().IndexOf(t))
            .ToList();

        var slug = matter.Slug ?? new Located<string>(Slugs.From(Path.GetFileNameWithoutExtension(file.DisplayPath)), matter.At);
        if (matter.Slug is null && !Slugs.IsValid(slug.Value))
            diagnostics.Error(ErrorCodes.InvalidValue, matter.At,
                $"uit de bestandsnaam valt geen slug te maken ('{slug.Value}'); geef het artikel een 'slug'");
        else if (matter.Slug is null && slug.Value.Length > InputLimits.SegmentLength)
            diagnostics.Error(ErrorCodes.SegmentTooLong, matter.At,
                $"de bestandsnaam geeft een slug van {slug.Value.Length} tekens; het maximum is {InputLimits.SegmentLength}: kort de naam in of geef het artikel een 'slug'");

        var tags = new List<Tag>();
        var tagSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in matter.Tags)
        {
            var tagSlug = Slugs.From(tag.Value);
            if (tagSlug.Length == 0)
                diagnostics.Error(ErrorCodes.InvalidValue, tag.At, $"tag '{tag.Value}' bevat geen letters of cijfers");
            else if (tagSlug.Length > InputLimits.SegmentLength)
                diagnostics.Error(ErrorCodes.SegmentTooLong, tag.At,
                    $"tag van {tag.Value.Length} tekens; het maximum is {InputLimits.SegmentLength} (elke tag wordt een mapnaam in de site)");
            else if (tagSlugs.Add(tagSlug))
                tags.Add(new Tag(tag.Value, tagSlug));
        }

        var aliases = AliasPaths.Normalize(matter.Aliases, diagnostics);
        // Other problems are reported and fail the build, but the article goes on through the pipeline so that
        // problems in its body (links, headings) are reported in the same run.
        if (theme is null || type is null)
            return null;

        return new Article
        {
            SourcePath = file.DisplayPath,
            ContentPath = contentPath,
            FullPath = file.FullPath,
            Slug = slug.Value,
            SlugAt = slug.At,
            Title = matter.Title,
            Summary = matter.Summary,
            SummaryAt = matter.SummaryAt,
            Theme = theme,
            Type = type,
            SchoolTypes = schoolTypes,
            Region = region,
            Tags = tags,
            School = matter.School,
            Authors = matter.Authors,
            Date = matter.Date,
            Updated = matter.Updated,
            Aliases = aliases,
            RelatedSlugs = matter.Related,
            Links = matter.Links,
            Draft = matter.Draft,
            BodyFirstLine = block.BodyFirstLine,
            Markdown = block.Body,
        };
    }

    private static TaxonomyTerm? Term(Taxonomy taxonomy, string key, Located<string> value, DiagnosticBag diagnostics)
    {
        if (taxonomy.Contains(value.Value))
            return taxonomy[value.Value];
        if (value.Value.Length == 0)
            return null; // missing or malformed: already reported by the front matter parser
        var known = string.Join(", ", taxonomy.Keys);
        diagnostics.Error(ErrorCodes.UnknownTaxonomyValue, value.At,
            $"onbekende waarde '{value.Value}' voor '{key}'.{Suggestions.Hint(value.Value, taxonomy.Keys)} Toegestaan (uit kennisbank.yml, '{taxonomy.Name}'): {known}");
        return null;
    }
}
