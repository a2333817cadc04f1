using System.Text.Json;
using Kennisbank.Configuration;
using Kennisbank.Model;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Search;
using Kennisbank.Taxonomies;

namespace Kennisbank.Exporters;

/// <summary>
/// The search stage: the lunr index of every article (exactly as lunr.js 2.3.9 with the Dutch pipeline would build
/// it), split into <see cref="IndexShards"/> under <c>/search/</c>, plus what the page needs around it, all described
/// by <c>/search/manifest.json</c>:
/// <list type="bullet">
/// <item>refs are the articles' positions in facet order (theme, type, region, school types, then slug), so the
/// facet values of every article fit in the manifest as runs of positions, and the page counts facets over all
/// matches without loading anything per article; plain decimal numbers, which browsers store as array indices;</item>
/// <item><c>documents/N.json</c>: what a result shows (title, URL, summary, date) for a block of consecutive refs, so
/// a page of results loads a few small files, never one per article or one for all.</item>
/// </list>
/// </summary>
public sealed class SearchIndexExporter : IExporter
{
    /// <summary>The site path of the manifest the search page starts from.</summary>
    public const string ManifestPath = "/search/manifest.json";

    private const string Folder = "/search/";

    private static readonly DateOnly UnixEpoch = new(1970, 1, 1);

    private readonly SiteModel? _startedFor;
    private readonly IReadOnlyList<Article> _startedArticles = [];
    private readonly Task<IndexShards>? _started;

    /// <summary>An exporter that builds the index on first use of its files.</summary>
    public SearchIndexExporter()
    {
    }

    private SearchIndexExporter(SiteModel site)
    {
        _startedFor = site;
        _startedArticles = InRefOrder(site.Articles, site.Config);
        _started = Task.Run(() => Shards(site, _startedArticles));
    }

    /// <summary>
    /// An exporter whose index is already being built, on another thread, for <paramref name="site"/>. A full build
    /// starts it as soon as the site model exists: the stages up to rendering (pages, exporters, output plan, link
    /// check) run on one core, and the index (at 100,000 articles about 10 s of work) is then built on the other.
    /// </summary>
    public static SearchIndexExporter StartBuilding(SiteModel site) => new(site);

    public IEnumerable<GeneratedFile> Export(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        var started = ReferenceEquals(site, _startedFor) ? _started : null;
        var articles = started is null ? InRefOrder(site.Articles, site.Config) : _startedArticles;
        int shardCount = IndexShards.ShardCountFor(articles.Count);
        // Built on first use, while pages render (or, in serve, after the edited pages are written): every path is
        // known without it. An index started earlier is awaited instead.
        var shards = new Lazy<IndexShards>(
            () => started is null ? Shards(site, articles) : started.GetAwaiter().GetResult(),
            LazyThreadSafetyMode.ExecutionAndPublication);
        int chunk = DocumentChunkSize(articles.Count);

        var files = new List<GeneratedFile>
        {
            new(ManifestPath, () => Manifest(site.Config, articles, shards.Value, chunk), "search manifest"),
            new(Folder + "dates.json", () => Dates(articles), "search dates"),
        };
        foreach (var path in IndexShards.FilePaths(shardCount))
            files.Add(GeneratedFile.Streamed(Folder + path, output => shards.Value.WriteTo(path, output), "search index"));
        for (int first = 0; first < articles.Count; first += chunk)
        {
            int from = first;
            files.Add(new GeneratedFile($"{Folder}documents/{from / chunk}.json",
                () => Documents(site.Config, articles, from, Math.Min(articles.Count, from + chunk)), "search documents"));
        }

        return files;
    }

    private static IndexShards Shards(SiteModel site, IReadOnlyList<Article> articlesInRefOrder) =>
        IndexShards.Split(IndexBuilder(articlesInRefOrder, site.Config.SearchFields).Build(), IndexShards.ShardCountFor(articlesInRefOrder.Count));

    /// <summary>The articles in ref order: by theme, type, region (none last), school types, newest first, then slug.</summary>
    public static IReadOnlyList<Article> InRefOrder(IEnumerable<Article> articles, SiteConfig config) =>
        articles.OrderBy(a => FacetCode(a, config)).ThenByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    /// <summary>A lunr builder holding every article (in ref order, ref = position) with the configured fields.</summary>
    public static Builder IndexBuilder(IReadOnlyList<Article> articlesInRefOrder, IReadOnlyList<SearchField> fields)
    {
        var builder = new Builder(fields);
        // The field texts are made as each article is analysed: held for all articles at once, they were the largest
        // part of the index build's memory (about 1.5 GB of strings at 100,000 articles).
        foreach (var (i, article) in articlesInRefOrder.Index())
            builder.Add(Ref(i), () => SearchFieldValues.Of(article, fields));
        return builder;
    }

    /// <summary>The ref of the article at <paramref name="position"/> in ref order.</summary>
    public static string Ref(int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Articles per documents file: 16 for small sites, up to 32 so a site of 10,000 articles needs about 500 files
    /// (hosts limit the number of files), while the first page of results still loads only a few kilobytes each.
    /// </summary>
    public static int DocumentChunkSize(int articleCount) => Math.Clamp((articleCount + 499) / 500, 16, 32);

    // One number per combination of facet values, increasing in ref order: theme, type, region, school types.
    private static long FacetCode(Article article, SiteConfig config)
    {
        var (theme, type, region, schoolTypes) = FacetValues(article, config);
        return (((long)theme * config.Types.Terms.Count + type) * (config.Regions.Terms.Count + 1) + region << 32) | schoolTypes;
    }

    private static (int Theme, int Type, int Region, long SchoolTypes) FacetValues(Article article, SiteConfig config)
    {
        long schoolTypes = 0;
        foreach (var schoolType in article.SchoolTypes)
            schoolTypes |= 1L << Position(config.SchoolTypes, schoolType.Key);
        int region = article.Region is { } r ? Position(config.Regions, r.Key) : config.Regions.Terms.Count;
        return (Position(config.Themes, article.Theme.Key), Position(config.Types, article.Type.Key), region, schoolTypes);
    }

    private static int Position(Taxonomy taxonomy, string key)
    {
        var terms = taxonomy.Terms;
        for (int i = 0; i < terms.Count; i++)
        {
            if (terms[i].Key == key)
                return i;
        }

        throw new InvalidOperationException($"{key} is not in {taxonomy.Name}");
    }

    private static byte[] Manifest(SiteConfig config, IReadOnlyList<Article> articles, IndexShards shards, int chunk) =>
        JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            shards.WriteManifest(json);
            json.WriteNumber("documentChunk", chunk);
            json.WriteStartObject("labels");
            Labels(json, "theme", config.Themes);
            Labels(json, "type", config.Types);
            Labels(json, "school_types", config.SchoolTypes);
            Labels(json, "region", config.Regions);
            json.WriteEndObject();
            // Runs of consecutive refs with the same facet values: count, theme, type, region (-1: none), school
            // types as a bit mask — positions in the label lists above.
            json.WriteStartArray("facetRuns");
            int start = 0;
            for (int i = 1; i <= articles.Count; i++)
            {
                if (i < articles.Count && FacetCode(articles[i], config) == FacetCode(articles[start], config))
                    continue;
                var (theme, type, region, schoolTypes) = FacetValues(articles[start], config);
                json.WriteNumberValue(i - start);
                json.WriteNumberValue(theme);
                json.WriteNumberValue(type);
                json.WriteNumberValue(region == config.Regions.Terms.Count ? -1 : region);
                json.WriteNumberValue(schoolTypes);
                start = i;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static byte[] Documents(SiteConfig config, IReadOnlyList<Article> articles, int from, int to) =>
        JsonOutput.Write(json =>
        {
            // Per article: title, URL, summary, ISO date, Dutch date.
            json.WriteStartArray();
            for (int i = from; i < to; i++)
            {
                var article = articles[i];
                json.WriteStartArray();
                json.WriteStringValue(article.Title);
                json.WriteStringValue(Urls.Relative(config, article.Url));
                json.WriteStringValue(article.Summary);
                json.WriteStringValue(DutchDates.Iso(article.Date));
                json.WriteStringValue(DutchDates.Format(article.Date));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        });

    // Filters without words list every article newest first: each ref's date as days since 1970, as the difference
    // from the ref before (small numbers, since refs run newest first within equal facet values).
    private static byte[] Dates(IReadOnlyList<Article> articles) =>
        JsonOutput.Write(json =>
        {
            json.WriteStartArray();
            int previous = 0;
            foreach (var article in articles)
            {
                int day = article.Date.DayNumber - UnixEpoch.DayNumber;
                json.WriteNumberValue(day - previous);
                previous = day;
            }

            json.WriteEndArray();
        });

    private static void Labels(Utf8JsonWriter json, string name, Taxonomy taxonomy)
    {
        json.WriteStartObject(name);
        foreach (var term in taxonomy.Terms)
            json.WriteString(term.Key, term.Label);
        json.WriteEndObject();
    }
}
