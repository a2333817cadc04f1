using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;

namespace Kennisbank.Benchmarks;

/// <summary>
/// Writes a synthetic corpus of N articles of about 800 words, deterministic for a given N. The prose is
/// recombined from the paragraphs and list items of the starter articles, so the text is real Dutch with
/// real word frequencies; every article gets headings, a list, a table, links to other articles and tags.
/// Like a real article, each stays mostly on its theme: four in five paragraphs come from the starter articles of
/// that theme. (Drawing every paragraph from the whole site made each article cover all themes at once: 0.37
/// distinct search terms per word, against 0.34 in the starter articles themselves; now 0.35 at 840 words.)
/// </summary>
public static partial class CorpusGenerator
{
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex MarkdownLink();

    public static void Generate(string repoRoot, string target, int count)
    {
        var config = SiteConfigLoader.Load(Path.Combine(repoRoot, "kennisbank.yml"), "kennisbank.yml", new DiagnosticBag())
            ?? throw new InvalidOperationException("kennisbank.yml does not load");
        var themes = config.Themes.Keys.ToArray();
        var harvested = themes.ToDictionary(t => t, t => Harvest(Path.Combine(repoRoot, "content", t)), StringComparer.Ordinal);
        var paragraphs = harvested.Values.SelectMany(h => h.Paragraphs).ToArray();
        var items = harvested.Values.SelectMany(h => h.Items).ToArray();
        var headings = harvested.Values.SelectMany(h => h.Headings).ToArray();
        var tags = new[] { "thuiszitters", "verzuim", "mentoraat", "ouders", "samenwerkingsverband", "debat", "democratie",
            "pesten", "veiligheid", "ventilatie", "duurzaamheid", "krimp", "lerarentekort", "zij-instroom", "professionalisering",
            "governance", "toezicht", "determinatie", "talent", "maatwerk", "examen", "rooster", "leerlingenraad", "burgerschap",
            "ondersteuning", "huiswerk", "doorstroom", "schoolplan", "inspectie", "gemeente" };
        var types = config.Types.Keys.ToArray();
        var schoolTypes = config.SchoolTypes.Keys.ToArray();
        var regions = config.Regions.Keys.ToArray();

        // Files of an earlier corpus of the same size are overwritten, not deleted (see Program.cs on deleting).
        Directory.CreateDirectory(target);
        var random = new Random(20261123);
        for (var i = 0; i < count; i++)
        {
            var theme = themes[i % themes.Length];
            var own = harvested[theme];
            var slug = $"artikel-{i:D5}";
            var text = new StringBuilder();
            text.Append("---\n");
            text.Append($"title: \"{Title(own.Headings.Length > 0 ? own.Headings : headings, random)} ({i})\"\n");
            text.Append($"summary: \"{Summary(own.Paragraphs.Length > 0 ? own.Paragraphs : paragraphs, random)}\"\n");
            text.Append($"theme: {theme}\ntype: {types[random.Next(types.Length)]}\n");
            text.Append($"date: {new DateOnly(2020, 1, 1).AddDays(random.Next(2400)):yyyy-MM-dd}\n");
            text.Append($"tags: [{string.Join(", ", Pick(tags, 3 + random.Next(3), random))}]\n");
            text.Append($"school_types: [{string.Join(", ", Pick(schoolTypes, 1 + random.Next(3), random))}]\n");
            if (random.Next(3) > 0)
                text.Append($"region: {regions[random.Next(regions.Length)]}\n");
            text.Append("---\n\n");
            var words = 0;
            var section = 0;
            while (words < 760)
            {
                if (words > 0 && random.Next(3) == 0 || words == 0 && section == 0)
                {
                    var level = section > 0 && random.Next(3) == 0 ? "###" : "##";
                    var heading = Draw(own.Headings, headings, random);
                    text.Append($"{level} {heading}\n\n");
                    words += CountWords(heading);
                    section++;
                }

                var paragraph = Draw(own.Paragraphs, paragraphs, random);
                if (random.Next(4) == 0 && count > 1)
                {
                    var other = (i + 1 + random.Next(count - 1)) % count;
                    paragraph += $" Zie ook [een vergelijkbare aanpak](/artikelen/artikel-{other:D5}/).";
                }

                text.Append(paragraph).Append("\n\n");
                words += CountWords(paragraph);
                if (random.Next(4) == 0)
                {
                    foreach (var item in Pick(own.Items.Length >= 5 ? own.Items : items, 3 + random.Next(3), random))
                    {
                        text.Append("- ").Append(item).Append('\n');
                        words += CountWords(item);
                    }

                    text.Append('\n');
                }

                if (random.Next(10) == 0)
                {
                    text.Append("| Fase | Wie | Wanneer |\n| --- | --- | --- |\n");
                    text.Append("| Verkennen | schoolleiding | september |\n| Uitvoeren | teams | oktober tot april |\n| Evalueren | mr en bestuur | juni |\n\n");
                    words += 20;
                }
            }

            var folder = Path.Combine(target, theme);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, slug + ".md"), text.ToString());
        }
    }

    private static (string[] Paragraphs, string[] Items, string[] Headings) Harvest(string content)
    {
        var paragraphs = new List<string>();
        var items = new List<string>();
        var headings = new List<string>();
        if (!Directory.Exists(content))
            return ([], [], []);
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var body = File.ReadAllText(file).Split("\n---\n", 2)[1];
            foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var plain = MarkdownLink().Replace(block, "$1");
                if (plain.StartsWith('#'))
                    headings.Add(plain.TrimStart('#', ' '));
                else if (plain.StartsWith("- ", StringComparison.Ordinal) || char.IsDigit(plain[0]) && plain.Contains(". ", StringComparison.Ordinal))
                    items.AddRange(plain.Split('\n').Select(l => l.TrimStart('-', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.')).Where(l => l.Length > 10));
                else if (!plain.StartsWith('|') && !plain.StartsWith('>') && plain.Length > 80)
                    paragraphs.Add(plain.Replace('\n', ' '));
            }
        }

        return (paragraphs.ToArray(), items.ToArray(), headings.Where(h => h.Length is > 3 and < 70).ToArray());
    }

    /// <summary>Four in five from the article's own theme, the rest from anywhere on the site.</summary>
    private static string Draw(string[] ownTheme, string[] all, Random random) =>
        ownTheme.Length > 0 && random.Next(5) > 0 ? ownTheme[random.Next(ownTheme.Length)] : all[random.Next(all.Length)];

    private static string Title(string[] headings, Random random) =>
        headings[random.Next(headings.Length)].Replace("\"", "'", StringComparison.Ordinal);

    private static string Summary(string[] paragraphs, Random random)
    {
        var text = paragraphs[random.Next(paragraphs.Length)].Replace("\"", "'", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        return text.Length <= 280 ? text : text[..text.LastIndexOf(' ', 279)] + " …";
    }

    private static IEnumerable<T> Pick<T>(T[] from, int count, Random random) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length)).ToList();

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
