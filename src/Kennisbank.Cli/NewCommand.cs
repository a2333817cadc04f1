using System.CommandLine;
using Kennisbank.Authoring;
using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Diagnostics.Formats;

namespace Kennisbank.Cli;

/// <summary>
/// <c>kennisbank new --theme … --type … "Titel"</c>: wires the options to <see cref="ArticleCreator"/>, which writes
/// content/{theme}/{slug}.md. On a terminal, whatever is missing is asked (<see cref="NewArticlePrompt"/>); with
/// redirected input a missing argument is a usage error. Exit 0 when written, 1 when refused, 2 on bad usage.
/// </summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var title = new Argument<string[]>("titel") { Description = "titel van het artikel, tussen aanhalingstekens", Arity = ArgumentArity.ZeroOrMore };
        var theme = new Option<string?>("--theme") { Description = "thema: een sleutel van themes in kennisbank.yml" };
        var type = new Option<string?>("--type") { Description = "soort: een sleutel van types in kennisbank.yml" };
        var tags = new Option<string?>("--tags") { Description = "tags, gescheiden door komma's (standaard: de naam van het thema)" };

        var command = new Command("new", "Schrijft een nieuw artikel met geldige front matter en een opzet.") { title, theme, type, tags };
        command.Options.Add(site.Content);
        command.Options.Add(site.Config);
        command.SetAction(parse =>
        {
            var paths = site.Resolve(parse);
            var diagnostics = new DiagnosticBag();
            var config = SiteConfigLoader.Load(paths.ConfigFile, DisplayPaths.For(paths.ConfigFile), diagnostics);
            var givenTitle = string.Join(' ', parse.GetValue(title) ?? []);
            var givenTags = parse.GetValue(tags)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var complete = givenTitle.Trim().Length > 0 && !string.IsNullOrWhiteSpace(parse.GetValue(theme)) && !string.IsNullOrWhiteSpace(parse.GetValue(type));
            if (!complete && Console.IsInputRedirected)
            {
                PrintUsage(config);
                return 2;
            }

            if (config is null)
            {
                new TextFormat().Write(Console.Error, diagnostics.Sorted);
                return 1;
            }

            var request = complete
                ? new NewArticleRequest(givenTitle, parse.GetValue(theme)!, parse.GetValue(type)!, givenTags ?? [])
                : new NewArticlePrompt(config, Console.In, Console.Out).Complete(givenTitle, parse.GetValue(theme), parse.GetValue(type), givenTags);
            if (request is null)
            {
                Console.Error.WriteLine("Gestopt; er is niets geschreven.");
                return 2;
            }

            var result = new ArticleCreator(config, paths.ContentDirectory, TimeProvider.System).Create(request);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                    Console.Error.WriteLine($"kennisbank new: {problem}");
                Console.Error.WriteLine("Er is niets geschreven.");
                return 1;
            }

            var file = DisplayPaths.For(result.FilePath!);
            Console.WriteLine($"Nieuw artikel: {file} (adres /artikelen/{result.Slug}/).");
            Console.WriteLine("Vervang de samenvatting en de tekst onder de koppen, en controleer het artikel met:");
            Console.WriteLine($"  kennisbank check {file}");
            return 0;
        });
        return command;
    }

    private static void PrintUsage(SiteConfig? config)
    {
        Console.Error.WriteLine("gebruik: kennisbank new --theme THEMA --type SOORT \"Titel van het artikel\" [--tags \"tag, tag\"] [--content MAP] [--config BESTAND]");
        Console.Error.WriteLine("Zonder titel, thema of soort vraagt 'new' ze zelf, maar alleen in een terminal (nu is de invoer omgeleid).");
        if (config is null)
            return;
        Console.Error.WriteLine($"thema's: {string.Join(", ", config.Themes.Keys)}");
        Console.Error.WriteLine($"soorten: {string.Join(", ", config.Types.Keys)}");
    }
}
