using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Build;
using Kennisbank.Diagnostics;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11: random damage to the starter content, from a fixed seed so a failure can be replayed — symbolic links
/// out of the folder, to devices and in loops, control characters, broken UTF-8, nesting that overflows parsers,
/// over-long and invisible tags, truncated files. Whatever the mix, <c>check</c> and <c>build</c> never throw, agree
/// on every diagnostic, locate every one (KBnnn, file, line ≥ 1, column ≥ 1), fail whenever the damage is an error,
/// and never publish a byte of the file outside the project.
/// </summary>
public sealed partial class InputFuzzTests
{
    private const string Secret = "GEHEIM-FUZZ-7d1c";
    private const int Rounds = 8;

    [GeneratedRegex("^KB[0-9]{3}$")]
    private static partial Regex Code();

    private delegate bool Mutation(Random random, TestSite site, string outside);

    private static readonly (string Name, Mutation Apply)[] Mutations =
    [
        ("attachment linked out of content", (r, s, o) => Replace(Pick(r, s, "*.pdf", "*.svg"), f => File.CreateSymbolicLink(f, Path.Combine(o, "geheim.txt")))),
        ("article linked to /dev/zero", (_, s, _) => Link(Path.Combine(s.ContentDirectory, "nul.md"), "/dev/zero")),
        ("article linked out of content", (_, s, o) => Link(Path.Combine(s.ContentDirectory, "burgerschap", "buiten.md"), Path.Combine(o, "geheim.md"))),
        ("two links in a loop", (_, s, _) =>
        {
            Link(Path.Combine(s.ContentDirectory, "lus-a.md"), Path.Combine(s.ContentDirectory, "lus-b.md"));
            return Link(Path.Combine(s.ContentDirectory, "lus-b.md"), Path.Combine(s.ContentDirectory, "lus-a.md"));
        }),
        ("folder linked to its parent", (r, s, _) =>
        {
            var link = Path.Combine(Path.GetDirectoryName(Pick(r, s, "*.md"))!, "terug");
            if (new FileInfo(link).LinkTarget is null)
                Directory.CreateSymbolicLink(link, s.ContentDirectory);
            return true;
        }),
        ("control character", (r, s, _) => Edit(Pick(r, s, "*.md"), text => Insert(r, text, "\u0001\u0000\u000B\u007F\u009B\u202E\uFFFE"[r.Next(7)].ToString()))),
        ("invalid UTF-8", (r, s, _) =>
        {
            var file = Pick(r, s, "*.md");
            var bytes = File.ReadAllBytes(file).ToList();
            bytes.Insert(r.Next(bytes.Count), (byte)(0xF8 + r.Next(8)));
            File.WriteAllBytes(file, bytes.ToArray());
            return true;
        }),
        ("deep YAML", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text.Replace("\ntags: ", "\ntags: " + new string('[', r.Next(25, 100_000)), StringComparison.Ordinal))),
        ("deep Markdown quote", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text + "\n" + new string('>', r.Next(40, 30_000)) + " citaat\n")),
        ("deep Markdown list", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text + "\n" + string.Concat(Enumerable.Range(0, r.Next(40, 80)).Select(i => new string(' ', 2 * i) + "- niveau\n")))),
        ("deep raw HTML", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text + "\n<div>" + string.Concat(Enumerable.Repeat("<section>", r.Next(70, 50_000))) + "\n")),
        ("over-long tag", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text.Replace("\ntags: [", "\ntags: [" + new string('x', r.Next(121, 400)) + ", ", StringComparison.Ordinal))),
        ("too many tags", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text.Replace("\ntags: [", "\ntags: [" + string.Concat(Enumerable.Range(0, r.Next(51, 5000)).Select(i => $"t{i}, ")), StringComparison.Ordinal))),
        ("truncated article", (r, s, _) => Edit(Pick(r, s, "*.md"), text => text[..r.Next(0, 40)])),
        ("invisible characters in a tag (harmless)", (r, s, _) =>
        {
            Edit(Pick(r, s, "*.md"), text => text.Replace("\ntags: [", "\ntags: [\"pes\\u200Bten\", pes\u00ADten, ", StringComparison.Ordinal));
            return false;
        }),
        ("BOM and CRLF (harmless)", (r, s, _) =>
        {
            var file = Pick(r, s, "*.md");
            File.WriteAllText(file, "\uFEFF" + File.ReadAllText(file).ReplaceLineEndings("\r\n"));
            return false;
        }),
    ];

    [Fact]
    public void Random_damage_to_the_starter_content_always_gives_located_errors_and_never_an_exception()
    {
        var random = new Random(11);
        for (var round = 0; round < Rounds; round++)
        {
            using var site = new TestSite();
            using var outside = new TempDirectory("kb-fuzz-outside");
            File.WriteAllText(outside.Combine("geheim.txt"), Secret);
            File.WriteAllText(outside.Combine("geheim.md"), $"---\ntitle: {Secret} als artikel\nsummary: x\ntheme: burgerschap\ntype: achtergrond\ndate: 2025-01-01\n---\n{Secret}\n");
            CliProcess.CopyFolder(RepoPaths.Content, site.ContentDirectory);

            var applied = new List<string>();
            var expectError = false;
            for (var i = 0; i < 1 + random.Next(3); i++)
            {
                var (name, apply) = Mutations[random.Next(Mutations.Length)];
                applied.Add(name);
                expectError |= apply(random, site, outside.Path);
            }

            var what = $"round {round}: {string.Join(", ", applied)}";
            BuildResult check, build;
            try
            {
                check = site.Build(dryRun: true);
                build = site.Build();
            }
            catch (Exception e)
            {
                Assert.Fail($"{what} threw {e}");
                return;
            }

            Assert.True(check.Diagnostics.SequenceEqual(build.Diagnostics), $"{what}: check and build disagree");
            Assert.All(build.Diagnostics, d =>
            {
                Assert.Matches(Code(), d.Code);
                Assert.True(d.Line >= 1 && d.Column >= 1 && d.Path.Length > 0, $"{what}: not located: {d}");
            });
            if (expectError)
                Assert.True(build.Diagnostics.Any(d => d.Severity == Severity.Error), $"{what}: the damage was not reported");
            if (Directory.Exists(site.OutputDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
                    Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
    }

    private static string Pick(Random random, TestSite site, params string[] patterns)
    {
        var files = patterns.SelectMany(p => Directory.EnumerateFiles(site.ContentDirectory, p, SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).LinkTarget is null)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files[random.Next(files.Count)];
    }

    private static bool Replace(string file, Action<string> make)
    {
        File.Delete(file);
        make(file);
        return true;
    }

    private static bool Link(string path, string target)
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
            File.CreateSymbolicLink(path, target);
        return true;
    }

    /// <summary>Changes a file's text; true when it changed (an article without tags has no tag list to damage).</summary>
    private static bool Edit(string file, Func<string, string> change)
    {
        var before = File.ReadAllText(file);
        var after = change(before);
        File.WriteAllText(file, after, new UTF8Encoding(false));
        return after != before;
    }

    private static string Insert(Random random, string text, string inserted) => text.Insert(random.Next(text.Length), inserted);
}
