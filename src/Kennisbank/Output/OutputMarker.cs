namespace Kennisbank.Output;

/// <summary>
/// The file that makes a folder the tool's own. Every folder a build or <c>serve</c> writes carries it, and the
/// tool only ever empties, replaces or deletes inside a folder that carries it (or that is empty): so an existing
/// folder of a user's, a web root or a home folder given as output is refused instead of cleaned out.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".kennisbank-output";

    public static ReadOnlySpan<byte> Content =>
        "Deze map is gemaakt door kennisbank; elke build vervangt haar inhoud. Zet hier niets anders neer.\n"u8;

    /// <summary>True for a folder that is missing, empty, or carries the marker: one the tool may write into and clean.</summary>
    public static bool MayBeUsed(string folder) =>
        !Directory.Exists(folder) || IsMarked(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    public static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, FileName));
        return marker.Exists && marker.LinkTarget is null;
    }
}
