using System.Text.Json;
using Kennisbank.Configuration;
using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// <c>/api/artikelen.json</c>: every published article's metadata, URL and old URLs (aliases), newest first;
/// <c>/api/themas/{thema}.json</c>: the same for one theme.
/// Partners such as the Steunpunt Passend Onderwijs use it to keep their links to our guides current.
/// The schema is documented in the README; fields are only ever added, never renamed.
/// </summary>
public sealed class ArticleApiExporter : IExporter
{
    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        // Streamed into their files: held in memory, the list of 100,000 articles (~100 MB) and its copies were
        // large-object garbage that forced full collections of the whole site model.
        yield return GeneratedFile.Streamed("/api/artikelen.json", output => List(output, site, null, site.Articles), "API");
        foreach (var theme in site.Themes)
            yield return GeneratedFile.Streamed($"/api/themas/{theme.Key}.json", output => List(output, site, theme, theme.Articles), "API");
    }

    private static void List(Stream output, SiteModel site, TermListing? theme, IReadOnlyList<Article> articles) =>
        JsonOutput.WriteTo(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("site", site.Config.Title);
            json.WriteString("base_url", site.Config.BaseUrl.ToString());
            if (theme is not null)
            {
                json.WriteStartObject("theme");
                json.WriteString("key", theme.Key);
                json.WriteString("label", theme.Label);
                json.WriteString("url", Urls.Absolute(site.Config, theme.Url));
                json.WriteString("embed", Urls.Absolute(site.Config, SitePaths.ThemeEmbed(theme.Key)));
                json.WriteEndObject();
            }

            json.WriteNumber("count", articles.Count);
            json.WriteStartArray("articles");
            foreach (var article in articles)
            {
                WriteArticle(json, site.Config, article);
                JsonOutput.FlushNowAndThen(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }, indented: true);

    private static void WriteArticle(Utf8JsonWriter json, SiteConfig config, Article article)
    {
        json.WriteStartObject();
        json.WriteString("slug", article.Slug);
        json.WriteString("url", Urls.Absolute(config, article.Url));
        json.WriteString("path", Urls.Relative(config, article.Url));
        json.WriteString("title", article.Title);
        json.WriteString("summary", article.Summary);
        Term(json, "theme", article.Theme);
        Term(json, "type", article.Type);
        json.WriteStartArray("school_types");
        foreach (var schoolType in article.SchoolTypes)
            json.WriteStringValue(schoolType.Key);
        json.WriteEndArray();
        if (article.Region is { } region)
            Term(json, "region", region);
        else
            json.WriteNull("region");
        json.WriteStartArray("tags");
        foreach (var tag in article.Tags)
            json.WriteStringValue(tag.Label);
        json.WriteEndArray();
        if (article.School is { } school)
            json.WriteString("school", school);
        else
            json.WriteNull("school");
        json.WriteStartArray("authors");
        foreach (var author in article.Authors)
            json.WriteStringValue(author);
        json.WriteEndArray();
        json.WriteString("date", DutchDates.Iso(article.Date));
        if (article.Updated is { } updated)
            json.WriteString("updated", DutchDates.Iso(updated));
        else
            json.WriteNull("updated");
        json.WriteStartArray("aliases");
        foreach (var alias in article.Aliases)
            json.WriteStringValue(Urls.Relative(config, alias.Value));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter json, string name, TaxonomyTerm term)
    {
        json.WriteStartObject(name);
        json.WriteString("key", term.Key);
        json.WriteString("label", term.Label);
        json.WriteEndObject();
    }
}
