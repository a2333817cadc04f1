using System.CommandLine;
using Kennisbank.Build;
using Kennisbank.Diagnostics.Formats;
using Kennisbank.Publishing;

namespace Kennisbank.Cli;

/// <summary>
/// <c>kennisbank urls [--update]</c>: the URLs the site publishes. With --update it rewrites published-urls.txt
/// (sorted, deterministic), the list the published-URL guard checks every build against.
/// </summary>
internal static class UrlsCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var update = new Option<bool>("--update") { Description = $"schrijf de lijst naar {PublishedUrls.FileName}" };
        var command = new Command("urls", $"Toont de gepubliceerde URL's of werkt {PublishedUrls.FileName} bij.") { update };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var options = site.Resolve(parse) with { DryRun = true, CheckPublishedUrls = false };
            var result = SiteBuilder.Build(options);
            if (!result.Succeeded)
            {
                new TextFormat().Write(Console.Error, result.Diagnostics);
                Console.Error.WriteLine($"De site bouwt niet; {PublishedUrls.FileName} is niet bijgewerkt.");
                return 1;
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
}
