using System.CommandLine;
using Kennisbank.Cli;

UnexpectedFailure.CatchEverywhere();
var root = new RootCommand("kennisbank: bouwt de kennisbank voor het voortgezet onderwijs uit Markdown-artikelen.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(UrlsCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewCommand.Create());
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return UnexpectedFailure.Report(e);
}
