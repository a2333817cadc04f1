using System.CommandLine;
using Kennisbank.Build;
using Kennisbank.Diagnostics.Formats;
using Kennisbank.Model;
using Kennisbank.Publishing;

namespace Kennisbank.Cli;

/// <summary>
/// <c>kennisbank urls [--update]</c>: the URLs the site publishes. With --update it rewrites published-urls.txt
/// (sorted, deterministic), the list the published-URL guard checks every build against. With
/// <c>--for FILE…</c> it names the page of each article file instead (<c>FILE /artikelen/slug/</c>), so a workflow
/// finds the pages a pull request changes without repeating the slug rules.
/// </summary>
internal static class UrlsCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var update = new Option<bool>("--update") { Description = $"schrijf de lijst naar {PublishedUrls.FileName}" };
        var forFiles = new Option<string[]>("--for")
        {
            Description = "toon per artikelbestand zijn pagina ('bestand /artikelen/slug/'); '-' leest de bestanden van standaardinvoer, één per regel",
            HelpName = "bestanden",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format") { Description = "meldingen als text (standaard) of github", DefaultValueFactory = _ => "text" };
        var command = new Command("urls", $"Toont de gepubliceerde URL's, de pagina's van artikelbestanden (--for) of werkt {PublishedUrls.FileName} bij.")
        {
            update, forFiles, format,
        };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) is not ("text" or "github") || IDiagnosticFormat.ByName(parse.GetValue(format)!) is not { } messages)
            {
                Console.Error.WriteLine($"--format: onbekend formaat '{parse.GetValue(format)}' (kies text of github)");
                return 2;
            }

            var files = parse.GetResult(forFiles) is not null ? Expand(parse.GetValue(forFiles)!) : null;
            if (files is not null && parse.GetValue(update))
            {
                Console.Error.WriteLine("--for en --update gaan niet samen");
                return 2;
            }

            var missing = (files ?? []).Where(f => !File.Exists(f)).ToList();
            if (missing.Count > 0)
            {
                // A misspelt path must not make a workflow skip a page without a word.
                Console.Error.WriteLine($"bestand niet gevonden: {string.Join(", ", missing)}");
                return 2;
            }

            var options = site.Resolve(parse) with { DryRun = true, CheckPublishedUrls = false };
            var result = SiteBuilder.Build(options);
            if (!result.Succeeded)
            {
                messages.Write(Console.Error, result.Diagnostics);
                Console.Error.WriteLine(files is null ? $"De site bouwt niet; {PublishedUrls.FileName} is niet bijgewerkt." : "De site bouwt niet.");
                return 1;
            }

            if (files is not null)
            {
                WritePages(files, result.Articles, parse.GetValue(format) == "github");
                return 0;
            }

            var text = PublishedUrls.Format(result.SitePaths);
            if (!parse.GetValue(update))
            {
                Console.Out.Write(text);
                return 0;
            }

            var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!, PublishedUrls.FileName);
            File.WriteAllText(file, text);
            Console.WriteLine($"{text.Split('\n').Count(l => l.StartsWith('/'))} URL's geschreven naar {file}");
            return 0;
        });
        return command;
    }

    /// <summary>The files as given, with '-' replaced by the lines of standard input.</summary>
    private static List<string> Expand(IEnumerable<string> given) =>
        given.SelectMany(f => f == "-" ? ReadLines(Console.In) : [f]).ToList();

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
                yield return line;
        }
    }

    /// <summary>One line per file with a page; a file without one (a draft, or not an article of the site) is named on standard error.</summary>
    private static void WritePages(IReadOnlyList<string> files, IReadOnlyList<Article> articles, bool github)
    {
        var pages = articles.ToDictionary(a => Path.GetFullPath(a.FullPath), a => a.Url, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (pages.TryGetValue(Path.GetFullPath(file), out var url))
            {
                Console.Out.WriteLine($"{file} {url}");
                continue;
            }

            const string message = "geen pagina: een concept (draft: true) of geen artikel in de inhoudsmap";
            Console.Error.WriteLine(github ? $"::warning file={GitHubFormat.Property(file)}::{GitHubFormat.Data(message)}" : $"{file}: {message}");
        }
    }
}
