using Kennisbank.Configuration;
using Kennisbank.Diagnostics;

namespace Kennisbank.Authoring;

/// <summary>
/// The questions <c>kennisbank new</c> asks on a terminal for whatever the command line left out: the title, then
/// the theme and the type as numbered choices from kennisbank.yml (a number or a key; a typo gets "Bedoelde je …?"),
/// then optional tags. It reads and writes plain text streams, so tests answer it with a <see cref="StringReader"/>.
/// When the input ends before every answer is in, the editor stopped: nothing is returned and nothing is written.
/// </summary>
public sealed class NewArticlePrompt(SiteConfig config, TextReader input, TextWriter output)
{
    /// <summary>The full request, asking only for what is missing; null when the input ends first.</summary>
    public NewArticleRequest? Complete(string? title, string? theme, string? type, IReadOnlyList<string>? tags)
    {
        var asked = false;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = AskTitle();
            asked = true;
            if (title is null)
                return null;
        }

        if (string.IsNullOrWhiteSpace(theme))
        {
            theme = Choose("Thema", config.Themes);
            asked = true;
            if (theme is null)
                return null;
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            type = Choose("Soort artikel", config.Types);
            asked = true;
            if (type is null)
                return null;
        }

        if (tags is null or [] && asked)
        {
            tags = AskTags(theme);
            if (tags is null)
                return null;
        }

        return new NewArticleRequest(title, theme, type, tags ?? []);
    }

    /// <summary>Asks until the title has 5 to 120 characters.</summary>
    public string? AskTitle()
    {
        while (true)
        {
            output.Write("Titel van het artikel: ");
            if (input.ReadLine() is not { } line)
                return null;
            var title = line.Trim();
            if (title.Length is >= 5 and <= 120)
                return title;
            output.WriteLine($"  Een titel heeft 5 tot 120 tekens (deze heeft er {title.Length}).");
        }
    }

    /// <summary>Shows the taxonomy's terms numbered and asks until the answer is a number or a key of one of them.</summary>
    public string? Choose(string question, Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms;
        output.WriteLine($"{question}:");
        for (var i = 0; i < terms.Count; i++)
            output.WriteLine($"  {i + 1,2}. {terms[i].Label} ({terms[i].Key})");
        while (true)
        {
            output.Write($"Kies 1-{terms.Count}: ");
            if (input.ReadLine() is not { } line)
                return null;
            var answer = line.Trim();
            if (int.TryParse(answer, out var number) && number >= 1 && number <= terms.Count)
                return terms[number - 1].Key;
            if (taxonomy.Contains(answer))
                return answer;
            output.WriteLine($"  '{answer}' staat er niet bij: typ een nummer van 1 tot {terms.Count} of een sleutel.{Suggestions.Hint(answer, taxonomy.Keys)}");
        }
    }

    /// <summary>Comma-separated tags; an empty answer keeps the default (the theme's label).</summary>
    public IReadOnlyList<string>? AskTags(string theme)
    {
        var fallback = config.Themes.Contains(theme) ? ArticleCreator.DefaultTag(config.Themes[theme]) : theme;
        output.Write($"Tags, gescheiden door komma's (Enter: '{fallback}'): ");
        if (input.ReadLine() is not { } line)
            return null;
        return line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
