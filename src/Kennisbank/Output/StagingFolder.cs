namespace Kennisbank.Output;

/// <summary>
/// Writes a build beside the live site and swaps it in only when the build succeeded, so a failed or killed build
/// never touches the live site. The output is double-buffered: next to <c>site/</c> lives <c>.site.spare/</c>, the
/// generation before it, which the next build reuses as its staging folder through an <see cref="OutputWriter"/>:
/// unchanged files are left alone and stale ones removed, so a rebuild writes only what changed and never deletes a
/// whole tree — creating and deleting thousands of files is what makes a naive build slow on real disks.
/// Both folders carry <see cref="OutputMarker"/>; <see cref="OutputFolder.IsAllowed"/> has refused any that does not.
/// </summary>
public sealed class StagingFolder
{
    /// <summary>Set by tests only: at the swap, the build creates this file and waits, so a test can kill it there.</summary>
    public const string PauseInSwapVariable = "KENNISBANK_TEST_PAUSE_IN_SWAP";

    /// <summary>The live folder and its siblings (<c>.NAME.spare</c>, <c>.NAME.swapping</c>), all guarded alike.</summary>
    public static readonly string[] Roles = ["", "spare", "swapping"];

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
        return new StagingFolder(output, Sibling(output, "spare"));
    }

    public bool Write(string relativeFile, ReadOnlySpan<byte> content) => Writer.Write(relativeFile, content);

    /// <summary>
    /// Removes what this build did not produce, then swaps staging and live in one atomic exchange (the old site
    /// becomes the spare). Where that is impossible: live → swapping, staging → live, swapping → spare.
    /// </summary>
    public void Commit()
    {
        Writer.RemoveStale();
        if (!Directory.Exists(_output))
        {
            Directory.Move(Writer.Folder, _output);
            return;
        }

        if (DirectorySwap.TryExchange(Writer.Folder, _output))
        {
            PauseForTests();
            return;
        }

        Directory.Move(_output, _swapping);
        PauseForTests();
        Directory.Move(Writer.Folder, _output);
        Directory.Move(_swapping, Writer.Folder);
    }

    /// <summary>After a build killed during a two-rename swap, puts the live site back; true when it had to.</summary>
    public static bool Recover(string output)
    {
        output = OutputFolder.Normalize(output);
        var swapping = Sibling(output, "swapping");
        if (!Directory.Exists(swapping))
            return false;
        if (!Directory.Exists(output))
            Directory.Move(swapping, output);
        else if (!Directory.Exists(Sibling(output, "spare")))
            Directory.Move(swapping, Sibling(output, "spare"));
        else if (OutputMarker.MayBeUsed(swapping))
            Directory.Delete(swapping, recursive: true);
        return true;
    }

    /// <summary>The folder beside <paramref name="output"/> for a role: <c>.NAME.spare</c>, <c>.NAME.lock</c>, …; "" is the output itself.</summary>
    public static string Sibling(string output, string role) =>
        role.Length == 0 ? output : Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{role}");

    private static void PauseForTests()
    {
        if (Environment.GetEnvironmentVariable(PauseInSwapVariable) is not { Length: > 0 } signal)
            return;
        File.WriteAllText(signal, "");
        Thread.Sleep(TimeSpan.FromMinutes(2));
    }
}
