using System.CommandLine;
using Kennisbank.Build;

namespace Kennisbank.Cli;

/// <summary>The options that say where a site's sources are, shared by every command that reads a site.</summary>
internal sealed class SiteOptions
{
    public Option<string?> Content { get; } = new("--content") { Description = "map met artikelen (standaard: content/)" };

    public Option<string?> Templates { get; } = new("--templates") { Description = "map met templates (standaard: templates/)" };

    public Option<string?> Config { get; } = new("--config") { Description = "configuratiebestand (standaard: kennisbank.yml)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "neem ook artikelen met draft: true op" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Config);
        command.Options.Add(Drafts);
    }

    /// <summary>
    /// Reads <c>--base-url</c> with the same rule as <c>base_url</c> in kennisbank.yml; false (after saying why) when
    /// the value breaks it.
    /// </summary>
    public static bool TryBaseUrl(ParseResult parse, Option<string?> option, out Uri? url)
    {
        url = null;
        if (parse.GetValue(option) is not { } text)
            return true;
        url = Configuration.SiteConfigLoader.ParseBaseUrl(text);
        if (url is null)
            Console.Error.WriteLine($"kennisbank: error {Diagnostics.ErrorCodes.BadOption}: {Configuration.SiteConfigLoader.BaseUrlProblem("--base-url", text)}");
        return url is not null;
    }

    /// <summary>Build options for this site; the output folder defaults to site/ beside kennisbank.yml.</summary>
    public BuildOptions Resolve(ParseResult parse, string? output = null)
    {
        var root = RepositoryLayout.Root();
        return new BuildOptions
        {
            ContentDirectory = parse.GetValue(Content) ?? Path.Combine(root, "content"),
            TemplatesDirectory = parse.GetValue(Templates) ?? Path.Combine(root, "templates"),
            ConfigFile = parse.GetValue(Config) ?? Path.Combine(root, "kennisbank.yml"),
            OutputDirectory = output ?? Path.Combine(root, "site"),
            IncludeDrafts = parse.GetValue(Drafts),
        };
    }
}
