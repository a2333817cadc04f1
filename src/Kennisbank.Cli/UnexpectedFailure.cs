using Kennisbank.Diagnostics;

namespace Kennisbank.Cli;

/// <summary>
/// The last resort: whatever no stage turned into a located diagnostic ends as one Dutch line naming the file being
/// processed, with exit code 1. Never a stack trace: editors read the output in a pull request, and a trace tells
/// them nothing they can fix.
/// </summary>
internal static class UnexpectedFailure
{
    public static int Report(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            exception = aggregate.InnerExceptions[0];
        var file = CurrentWork.File is { } path ? $"bij het verwerken van {path}" : "";
        Console.Error.WriteLine(Diagnostic.OneLine(
            $"kennisbank: error {ErrorCodes.UnexpectedFailure}: onverwachte fout {file}: {exception.Message} ({exception.GetType().Name})"));
        return 1;
    }

    /// <summary>Also for exceptions on other threads (a timer, a request), which would otherwise end the process with a trace.</summary>
    public static void CatchEverywhere() =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Report(e.ExceptionObject as Exception ?? new InvalidOperationException(e.ExceptionObject?.ToString()));
            Environment.Exit(1);
        };
}
