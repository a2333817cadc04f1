using Kennisbank.Diagnostics;
using Kennisbank.FrontMatter;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Diagnostics;

/// <summary>
/// The YAML mistakes editors make get a Dutch explanation at the place of the mistake (KB103), and no mistake —
/// including thousands of random ones — makes the YAML library crash the build instead of reporting it.
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Valid = """
        title: Een artikel over thuiszitters
        summary: Een korte samenvatting van het artikel.
        theme: passend-onderwijs
        type: praktijkvoorbeeld
        date: 2025-03-14

        """;

    [Theory]
    // YamlDotNet 18 throws InvalidOperationException (an unclosed list with more lines below) or
    // ArgumentException (a line that starts with ": ") here instead of reporting a syntax error.
    [InlineData("title: [Een artikel\nsummary: x\n", 2, 8, "'['")]
    [InlineData("title: Een artikel\nregions:\n : groningen: { label: Groningen }\n", 4, 2, "met ':' begint")]
    [InlineData(Valid + "tags: [rooster, keuzewerktijd\n", 8, 1, "niet afgesloten met ']'")]
    [InlineData(Valid + "school: {naam: Domstad\n", 8, 1, "niet afgesloten met '}'")]
    [InlineData("title: 'Een artikel over thuiszitters\nsummary: Een korte samenvatting.\n", 2, 8, "aanhalingsteken")]
    [InlineData(Valid + "tags:\n\t- thuiszitters\n", 8, 1, "tab")]
    [InlineData(Valid + "school: @home\n", 7, 9, "niet met @ of ` beginnen")]
    [InlineData("title: Een artikel\nsummary Een korte samenvatting.\ntheme: burgerschap\n", 3, 1, "mist er een ':'")]
    [InlineData("title: Een artikel\n  summary: Een korte samenvatting.\n", 3, 10, "': ' midden in een waarde")]
    [InlineData("title: - Een artikel\n", 2, 8, "niet met '- ' beginnen")]
    public void A_yaml_mistake_is_KB103_in_dutch_at_its_place(string yaml, int line, int column, string explanation)
    {
        var diagnostics = new DiagnosticBag();
        var block = new FrontMatterBlock(yaml, 2, "Tekst.", yaml.Split('\n').Length + 2);

        Assert.Null(FrontMatterParser.Parse("artikel.md", block, diagnostics));

        var diagnostic = Assert.Single(diagnostics.All);
        Assert.Equal("KB103", diagnostic.Code);
        DiagnosticAssert.At(diagnostic, "artikel.md", line, column);
        DiagnosticAssert.Mentions(diagnostic, "ongeldige YAML in de front matter", explanation);
        Assert.DoesNotContain("While ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_random_mistake_in_front_matter_crashes_the_build()
    {
        var sources = StarterContent.Articles().Select(a => a.FrontMatter).ToList();
        var rejected = Damage(sources, 4000, text =>
        {
            var diagnostics = new DiagnosticBag();
            var parsed = FrontMatterParser.Parse("artikel.md", new FrontMatterBlock(text, 2, "Tekst.", 40), diagnostics);
            return (parsed is null, diagnostics);
        });

        Assert.True(rejected > 500, $"only {rejected} of 4000 damaged front matters were rejected");
    }

    [Fact]
    public void No_random_mistake_in_kennisbank_yml_crashes_the_build()
    {
        var rejected = Damage([File.ReadAllText(RepoPaths.Config)], 1500, text =>
        {
            var diagnostics = new DiagnosticBag();
            var config = Kennisbank.Configuration.SiteConfigLoader.Parse(text, "kennisbank.yml", diagnostics);
            return (config is null, diagnostics);
        });

        Assert.True(rejected > 200, $"only {rejected} of 1500 damaged configurations were rejected");
    }

    // Applies 1–3 random insertions of YAML's special characters or deletions to the sources, parses each result,
    // and checks that a rejected text has errors, all inside the text; returns how many were rejected.
    private static int Damage(IReadOnlyList<string> sources, int count, Func<string, (bool Rejected, DiagnosticBag Diagnostics)> parse)
    {
        const string damage = "[]{}\"':-#&*!|>%@`\t\n ,?";
        var random = new Random(2026);
        int rejected = 0;
        for (int i = 0; i < count; i++)
        {
            var yaml = sources[i % sources.Count].ToCharArray().ToList();
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                int at = random.Next(yaml.Count);
                if (random.Next(3) == 0)
                    yaml.RemoveAt(at);
                else
                    yaml.Insert(at, damage[random.Next(damage.Length)]);
            }

            var text = new string(yaml.ToArray());
            bool isRejected;
            DiagnosticBag diagnostics;
            try
            {
                (isRejected, diagnostics) = parse(text);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{e.GetType().Name}: {e.Message} for:\n{text}");
            }

            if (isRejected)
            {
                Assert.True(diagnostics.ErrorCount > 0, $"rejected without an error:\n{text}");
                Assert.All(diagnostics.All, d => Assert.InRange(d.Line, 1, text.Split('\n').Length + 2));
                rejected++;
            }
        }

        return rejected;
    }
}
