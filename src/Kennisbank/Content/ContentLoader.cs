using System.Text;
using Kennisbank.Diagnostics;

namespace Kennisbank.Content;

/// <summary>
/// Stage 1: finds every <c>*.md</c> under the content folder (in a stable, ordinal order so output never depends
/// on the file system's listing order; only regular files inside the folder, see <see cref="ProjectFolder"/>) and
/// decodes it as strict UTF-8 without control characters.
/// </summary>
public static class ContentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SourceFile> Load(string contentDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(ErrorCodes.UnreadableFile, SourceLocation.StartOf(displayRoot), $"de map met artikelen bestaat niet: {contentDirectory}");
            return [];
        }

        var folder = new ProjectFolder(contentDirectory, displayRoot, InputLimits.ArticleBytes);
        var paths = folder.Files(p => p.EndsWith(".md", StringComparison.Ordinal), diagnostics);
        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = Read(paths[i], diagnostics));
        return files.OfType<SourceFile>().ToList();
    }

    public static SourceFile? Read(ProjectFile file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = file.ReadAllBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ErrorCodes.UnreadableFile, SourceLocation.StartOf(file.DisplayPath), $"kan het bestand niet lezen: {e.Message}");
            return null;
        }

        return Decode(bytes, file.FullPath, file.DisplayPath, diagnostics);
    }

    public static SourceFile? Decode(byte[] bytes, string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
            span = span[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOfByte(span, e.Index);
            diagnostics.Error(ErrorCodes.InvalidUtf8, new SourceLocation(displayPath, line, column),
                "het bestand is geen geldige UTF-8; sla het op als UTF-8 (in de meeste editors: 'Opslaan met codering')");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(ErrorCodes.EmptyFile, SourceLocation.StartOf(displayPath), "het bestand is leeg; een artikel begint met front matter tussen twee regels '---'");
            return null;
        }

        text = text.ReplaceLineEndings("\n");
        if (!ForbiddenCharacters.Report(text, displayPath, diagnostics))
            return null;
        return new SourceFile(displayPath, fullPath, text);
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes[..index];
        var line = 1 + before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1 + Encoding.UTF8.GetCharCount(before[lineStart..]);
        return (line, column);
    }
}
