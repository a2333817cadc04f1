using System.CommandLine;
using System.Globalization;
using System.Net;
using Kennisbank.Diagnostics.Formats;
using Kennisbank.Serve;

namespace Kennisbank.Cli;

/// <summary>
/// <c>kennisbank serve</c>: builds, serves the site on 127.0.0.1, watches the sources and rebuilds incrementally;
/// open pages reload by themselves, and build problems appear in the browser over the last good site.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string?>("--output") { Description = "map waarin de site voor serve wordt gebouwd (standaard: site/)" };
        var port = new Option<int>("--port") { Description = "poort op 127.0.0.1 (standaard: 8080)", DefaultValueFactory = _ => 8080 };
        var baseUrl = new Option<string?>("--base-url") { Description = "overschrijft base_url; het pad ervan wordt ook lokaal gebruikt" };
        var command = new Command("serve", "Bouwt en toont de site lokaal, en bouwt bij elke wijziging opnieuw.") { output, port, baseUrl };
        site.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            if (!SiteOptions.TryBaseUrl(parse, baseUrl, out var url))
                return 2;

            var options = site.Resolve(parse, parse.GetValue(output)) with { BaseUrl = url, LiveReload = true };
            var session = new SiteSession(options);
            var hub = new LiveReloadHub();
            var first = session.Rebuild();
            Report(first);
            using var watcher = new ChangeWatcher([options.ContentDirectory, options.TemplatesDirectory,
                Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ConfigFile))!, Kennisbank.Pages.ContentPageLoader.FolderName)], options.ConfigFile, () =>
            {
                // Whatever a save does to the sources, serve keeps running and keeps showing the last good site.
                try
                {
                    var result = session.Rebuild();
                    Report(result);
                    _ = result.Succeeded
                        ? hub.PublishReloadAsync()
                        : hub.PublishProblemsAsync(result.Diagnostics.Select(d => d.ToString()).ToList());
                }
                catch (Exception e)
                {
                    UnexpectedFailure.Report(e);
                    _ = hub.PublishProblemsAsync([Diagnostics.Diagnostic.OneLine($"onverwachte fout bij het opnieuw bouwen: {e.Message}")]);
                }
            });
            if (!first.Succeeded)
                await hub.PublishProblemsAsync(first.Diagnostics.Select(d => d.ToString()).ToList());

            // The watcher runs before the server answers, so no change made after the first page load is missed.
            var basePath = url?.AbsolutePath ?? ReadBasePath(options.ConfigFile);
            using var server = new DevServer(options.OutputDirectory, basePath.EndsWith('/') ? basePath : basePath + "/", parse.GetValue(port), hub);
            try
            {
                server.Start();
            }
            catch (HttpListenerException e)
            {
                Console.Error.WriteLine($"kennisbank: error {Diagnostics.ErrorCodes.PortTaken}: poort {parse.GetValue(port)} op 127.0.0.1 is niet beschikbaar "
                    + $"(al in gebruik door een ander programma?): kies een andere met --port, bijvoorbeeld --port {parse.GetValue(port) + 1} ({e.Message})");
                return 1;
            }

            Console.WriteLine($"Kennisbank draait op {server.Url} (stoppen: Ctrl+C)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }

    private static void Report(RebuildResult result)
    {
        new TextFormat().Write(Console.Error, result.Diagnostics);
        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        Console.WriteLine(result.Succeeded
            ? $"Bijgewerkt in {ms} ms: {result.RenderedPages} van {result.TotalPages} pagina's opnieuw getekend, {result.ChangedPaths.Count} bestanden gewijzigd."
            : $"Build mislukt in {ms} ms; de laatste goede versie blijft zichtbaar.");
    }

    private static string ReadBasePath(string configFile)
    {
        var config = Configuration.SiteConfigLoader.Load(configFile, configFile, new Diagnostics.DiagnosticBag());
        return config?.BasePath ?? "/";
    }
}
