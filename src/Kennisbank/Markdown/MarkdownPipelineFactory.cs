using Markdig;

namespace Kennisbank.Markdown;

/// <summary>
/// Builds the one Markdig pipeline every article is parsed with. Built once and shared: a Markdig pipeline is
/// immutable after <c>Build()</c> and safe to use from many threads.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .Use<ScrollableTables>()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UseFootnotes()
            .UseTaskLists()
            .UsePreciseSourceLocation()
            .Build();
}
