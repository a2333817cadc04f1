using Kennisbank.Diagnostics;
using Kennisbank.Output;

namespace Kennisbank.Build;

/// <summary>
/// Turns what the disk refuses into located diagnostics instead of exceptions: another build holding the output
/// (KB605), a folder or file that cannot be written, a full disk (KB602). Whatever failed, the live site was not
/// touched yet: all writing goes to the staging folder, and the swap is the last step.
/// </summary>
public static class OutputGuard
{
    /// <summary>Takes the output's lock for a build or a <c>serve</c> rebuild; null (and a diagnostic) when it cannot.</summary>
    public static OutputLock? Take(string output, DiagnosticBag diagnostics)
    {
        OutputLock? taken = null;
        if (!Try(output, diagnostics, () => taken = OutputLock.TryTake(output)))
            return null;
        if (taken is null)
            diagnostics.Error(ErrorCodes.OutputBusy, SourceLocation.StartOf(DisplayPaths.For(output)),
                "er loopt al een andere build (of kennisbank serve) naar deze uitvoermap; wacht tot die klaar is en probeer het dan opnieuw");
        return taken;
    }

    /// <summary>Runs a step that writes to the output; false (and KB602) when the file system refused.</summary>
    public static bool Try(string output, DiagnosticBag diagnostics, Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (Exception exception) when (DiskProblem(exception) is { } problem)
        {
            diagnostics.Error(ErrorCodes.WriteFailed, SourceLocation.StartOf(DisplayPaths.For(output)),
                $"kon niet schrijven in de uitvoermap: {problem.Message.ReplaceLineEndings(" ")}; de vorige site is niet aangeraakt");
            return false;
        }
    }

    /// <summary>Runs the recovery of an interrupted swap and says so when it had to repair the site.</summary>
    public static bool Recover(string output, DiagnosticBag diagnostics)
    {
        var repaired = false;
        if (!Try(output, diagnostics, () => repaired = StagingFolder.Recover(output)))
            return false;
        if (repaired)
            diagnostics.Warning(ErrorCodes.SwapRecovered, SourceLocation.StartOf(DisplayPaths.For(output)),
                "een eerdere build werd onderbroken tijdens het wisselen van de sites; de uitvoermap is hersteld");
        return true;
    }

    private static Exception? DiskProblem(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(DiskProblem).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
