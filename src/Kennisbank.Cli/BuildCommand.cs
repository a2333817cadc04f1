using System.CommandLine;
using System.Globalization;
using Kennisbank.Build;
using Kennisbank.Diagnostics;
using Kennisbank.Diagnostics.Formats;

namespace Kennisbank.Cli;

/// <summary><c>kennisbank build</c>: wires the options to <see cref="SiteBuilder"/> and prints the result.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string?>("--output") { Description = "uitvoermap (standaard: site/)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "overschrijft base_url uit de configuratie" };
        var timings = new Option<bool>("--timings") { Description = "toon hoe lang elke stap van de build duurde" };

        var precompress = new Option<bool>("--precompress") { Description = "schrijf naast elk tekstbestand een .gz en een .br (zoals precompress: true in kennisbank.yml)" };

        var command = new Command("build", "Bouwt de site uit content/ naar site/.") { output, baseUrl, timings, precompress };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            if (!SiteOptions.TryBaseUrl(parse, baseUrl, out var url))
                return 2;

            var interactive = !Console.IsErrorRedirected;
            var options = site.Resolve(parse, parse.GetValue(output)) with
            {
                BaseUrl = url,
                Precompress = parse.GetValue(precompress),
                Progress = interactive ? (done, total) => Console.Error.Write($"\r  pagina's: {done}/{total}") : null,
            };

            var result = SiteBuilder.Build(options);
            if (interactive && result.PageCount >= 500)
                Console.Error.Write("\r" + new string(' ', 40) + "\r");
            if (parse.GetValue(timings))
            {
                foreach (var stage in result.Timings)
                    Console.Error.WriteLine($"{stage.Duration.TotalMilliseconds,8:0} ms  {stage.Stage} (CPU {stage.ProcessorTime.TotalMilliseconds:0} ms, GC-pauzes {stage.GarbageCollectionPauses.TotalMilliseconds:0} ms, {stage.AllocatedBytes / 1048576:0} MB gealloceerd)");
            }

            return Report(result);
        });
        return command;
    }

    internal static int Report(BuildResult result)
    {
        new TextFormat().Write(Console.Error, result.Diagnostics);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"Build mislukt: {errors} {(errors == 1 ? "fout" : "fouten")} in {seconds} s; de vorige site in {result.OutputDirectory} is niet aangeraakt.");
            return 1;
        }

        var articles = result.ArticleCount == 1 ? "1 artikel" : $"{result.ArticleCount} artikelen";
        var pages = result.PageCount == 1 ? "1 pagina" : $"{result.PageCount} pagina's";
        Console.WriteLine($"Klaar: {articles}, {pages} ({result.FileCount} bestanden) in {seconds} s → {result.OutputDirectory} "
            + $"(bekijken: python3 -m http.server 8000 --bind 127.0.0.1 --directory \"{result.OutputDirectory}\", dan http://127.0.0.1:8000/)");
        return 0;
    }
}
