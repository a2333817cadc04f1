using Kennisbank.Content;
using Kennisbank.Diagnostics;

namespace Kennisbank.FrontMatter;

/// <summary>Stage 2a: separates the front matter from the body. A file must start with a line '---'.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            diagnostics.Error(ErrorCodes.NoFrontMatter, SourceLocation.StartOf(file.DisplayPath),
                "geen front matter: een artikel begint met een regel '---', dan de gegevens (title, summary, theme, type, date) en weer een regel '---'");
            return null;
        }

        var lineNumber = 1;
        var position = 4;
        while (position <= text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new FrontMatterBlock(yaml, 2, text[bodyStart..], lineNumber + 1);
            }

            if (end < 0)
                break;
            position = end + 1;
        }

        diagnostics.Error(ErrorCodes.UnclosedFrontMatter, SourceLocation.StartOf(file.DisplayPath),
            "de front matter wordt niet afgesloten: zet een regel '---' na de laatste gegevensregel");
        return null;
    }
}
