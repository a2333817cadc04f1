using System.CommandLine;
using Kennisbank.Build;
using Kennisbank.Diagnostics;
using Kennisbank.Diagnostics.Formats;

namespace Kennisbank.Cli;

/// <summary>
/// <c>kennisbank check [files…]</c>: the pull-request gate. Runs every validation of a build (rendering included,
/// so template errors show up) without writing a site. With files, only their problems are reported, but links are
/// still resolved against the whole site. Exit 0 when clean, 1 on errors (or warnings with --strict), 2 on bad usage.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var files = new Argument<string[]>("bestanden") { Description = "alleen deze artikelen controleren", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text (standaard), github of json", DefaultValueFactory = _ => "text" };
        var strict = new Option<bool>("--strict") { Description = "waarschuwingen tellen ook als fout" };

        var command = new Command("check", "Controleert alle artikelen, templates en de configuratie zonder de site te schrijven.") { files, format, strict };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            if (IDiagnosticFormat.ByName(parse.GetValue(format)!) is not { } output)
            {
                Console.Error.WriteLine($"--format: onbekend formaat '{parse.GetValue(format)}' (kies text, github of json)");
                return 2;
            }

            var missing = (parse.GetValue(files) ?? []).Where(f => !File.Exists(f)).ToList();
            if (missing.Count > 0)
            {
                // A misspelt path must not make the pull-request gate pass by checking nothing.
                Console.Error.WriteLine($"bestand niet gevonden: {string.Join(", ", missing)}");
                return 2;
            }

            var options = site.Resolve(parse) with { DryRun = true };
            var result = SiteBuilder.Build(options);
            var selected = Select(result.Diagnostics, parse.GetValue(files) ?? [], options.ContentDirectory);
            output.Write(Console.Out, selected);

            var errors = selected.Count(d => d.Severity == Severity.Error);
            var warnings = selected.Count(d => d.Severity == Severity.Warning);
            Console.Error.WriteLine($"{result.ArticleCount} artikelen gecontroleerd: {errors} {(errors == 1 ? "fout" : "fouten")}, "
                + $"{warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}.");
            return errors > 0 || (parse.GetValue(strict) && warnings > 0) ? 1 : 0;
        });
        return command;
    }

    /// <summary>With files given: their diagnostics, plus every diagnostic outside the content folder (templates, config).</summary>
    internal static IReadOnlyList<Diagnostic> Select(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> files, string contentDirectory)
    {
        if (files.Count == 0)
            return diagnostics;
        var wanted = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var content = Path.GetFullPath(contentDirectory) + Path.DirectorySeparatorChar;
        return diagnostics.Where(d =>
        {
            var full = Path.GetFullPath(d.Path);
            return wanted.Contains(full) || !full.StartsWith(content, StringComparison.Ordinal);
        }).ToList();
    }
}
