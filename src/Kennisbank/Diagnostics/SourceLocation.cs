namespace Kennisbank.Diagnostics;

/// <summary>A 1-based place in a source file; positions travel with the data so every message can point here.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

}
