namespace Kennisbank.Markdown;

/// <summary>
/// Every file-system call the build makes for an attachment (an image or download beside an article), in one place:
/// whether it exists, its bytes, a stream for sniffing its size or checking an SVG, the names beside it for a
/// suggestion. One place, so that one rule decides what an attachment may be (a regular file inside content/).
/// </summary>
public static class AttachmentFiles
{
    public static bool Exists(string path) => File.Exists(path);

    public static byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public static long Length(string path) => new FileInfo(path).Length;

    public static Stream OpenRead(string path) => File.OpenRead(path);

    public static IEnumerable<string> NamesBeside(string path)
    {
        var folder = Path.GetDirectoryName(path);
        return folder is not null && Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>() : [];
    }
}
