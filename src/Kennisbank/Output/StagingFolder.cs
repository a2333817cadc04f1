namespace Kennisbank.Output;

/// <summary>
/// Writes a build beside the live site and swaps it in only when the build succeeded, so a failed or killed build
/// never touches the live site. The output is double-buffered: next to <c>site/</c> lives <c>.site.spare/</c>, the
/// generation before it, which the next build reuses as its staging folder through an <see cref="OutputWriter"/>:
/// unchanged files are left alone and stale ones removed, so a rebuild writes only what changed and never deletes a
/// whole tree — creating and deleting thousands of files is what makes a naive build slow on real disks.
/// </summary>
public sealed class StagingFolder
{
    private readonly string _output;
    private readonly string _swapping;

    private StagingFolder(string output, string path)
    {
        _output = output;
        _swapping = Sibling(output, "swapping");
        Writer = new OutputWriter(path);
    }

    public OutputWriter Writer { get; }

    public static StagingFolder Create(string output)
    {
        output = OutputFolder.Normalize(output);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        Recover(output);
        var spare = Sibling(output, "spare");
        Directory.CreateDirectory(spare);
        return new StagingFolder(output, spare);
    }

    public bool Write(string relativeFile, ReadOnlySpan<byte> content) => Writer.Write(relativeFile, content);

    /// <summary>Removes what this build did not produce, then swaps: live → swapping, staging → live, swapping → spare.</summary>
    public void Commit()
    {
        Writer.RemoveStale();
        if (Directory.Exists(_output))
            Directory.Move(_output, _swapping);
        Directory.Move(Writer.Folder, _output);
        if (Directory.Exists(_swapping))
            Directory.Move(_swapping, Writer.Folder);
    }

    /// <summary>After a build killed during the swap, puts the live site back where it belongs.</summary>
    public static void Recover(string output)
    {
        output = OutputFolder.Normalize(output);
        var swapping = Sibling(output, "swapping");
        if (!Directory.Exists(swapping))
            return;
        if (!Directory.Exists(output))
            Directory.Move(swapping, output);
        else if (!Directory.Exists(Sibling(output, "spare")))
            Directory.Move(swapping, Sibling(output, "spare"));
        else
            Directory.Delete(swapping, recursive: true);
    }

    private static string Sibling(string output, string role) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{role}");
}
