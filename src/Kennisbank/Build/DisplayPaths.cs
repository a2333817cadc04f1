namespace Kennisbank.Build;

/// <summary>Paths as messages show them: relative to the working directory when inside it, so editors can click them.</summary>
public static class DisplayPaths
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
