using Kennisbank.Model;

namespace Kennisbank.Pages;

/// <summary>
/// Cuts a long list of articles into pages: /x/, /x/pagina/2/, … with the links between them. The bar links the
/// first and last page and the two pages on either side of the current one, so a list of 500 pages does not put
/// 500 links on each of them.
/// </summary>
public static class ListPaginator
{
    public static IEnumerable<(string SitePath, IReadOnlyList<Article> Articles, Pagination Pagination)> Paginate(
        string listPath, IReadOnlyList<Article> articles, int perPage)
    {
        var total = Math.Max(1, (articles.Count + perPage - 1) / perPage);
        for (var page = 1; page <= total; page++)
        {
            var links = Window(page, total)
                .Select(n => new PageLink(n, SitePaths.Paged(listPath, n), n == page))
                .ToList();
            var pagination = new Pagination(
                page,
                total,
                page > 1 ? SitePaths.Paged(listPath, page - 1) : null,
                page < total ? SitePaths.Paged(listPath, page + 1) : null,
                links);
            var slice = articles.Skip((page - 1) * perPage).Take(perPage).ToList();
            yield return (SitePaths.Paged(listPath, page), slice, pagination);
        }
    }

    private const int Neighbours = 2;

    private static IEnumerable<int> Window(int page, int total) =>
        Enumerable.Range(1, total).Where(n => n == 1 || n == total || Math.Abs(n - page) <= Neighbours);
}
