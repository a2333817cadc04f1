using Kennisbank.Model;

namespace Kennisbank.Rendering;

/// <summary>
/// A numbered entry of "Op deze pagina" (an h2) with its h3 entries nested under it, so a screen reader hears
/// the outline and the numbers run 1, 2, 3 for the sections only. An h3 before the first h2 stands on its own.
/// </summary>
public sealed record TocSection(string Text, string Id, IReadOnlyList<TocEntry> Children)
{
    public static IReadOnlyList<TocSection> Nest(IReadOnlyList<TocEntry> entries)
    {
        var sections = new List<TocSection>();
        List<TocEntry>? children = null;
        foreach (var entry in entries)
        {
            if (entry.Level <= 2 || children is null)
            {
                children = [];
                sections.Add(new TocSection(entry.Text, entry.Id, children));
                if (entry.Level > 2)
                    children = null;
            }
            else
            {
                children.Add(entry);
            }
        }

        return sections;
    }
}
