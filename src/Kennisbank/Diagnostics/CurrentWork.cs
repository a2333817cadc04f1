namespace Kennisbank.Diagnostics;

/// <summary>
/// The file the pipeline last started on, for the one case no stage foresaw: an exception that reaches the command
/// line's last-resort handler, which then names this file instead of printing a stack trace. Stages that read or
/// draw a file set it; with parallel stages it names one of the files in progress, which is what an editor needs.
/// </summary>
public static class CurrentWork
{
    private static string? _file;

    public static string? File => Volatile.Read(ref _file);

    public static void Start(string displayPath) => Volatile.Write(ref _file, displayPath);
}
