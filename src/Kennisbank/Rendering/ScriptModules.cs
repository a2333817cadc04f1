using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Content;

namespace Kennisbank.Rendering;

/// <summary>
/// The static imports between the theme's JavaScript modules (<c>templates/assets/**/*.js</c>), so that a template
/// can preload every module a page's script needs at once (<c>script_modules</c>), from the modules themselves:
/// without it the browser finds them one import level at a time, each level a round trip later. A module loaded
/// on demand with <c>import()</c> is not a static import, so it is not preloaded and costs nothing until it is needed.
/// </summary>
public sealed partial class ScriptModules
{
    // Statements at the start of a line: `import … from '…'`, `export … from '…'` and `import '…'`. The part before
    // `from` has no quotes or parentheses, so `import('./x.js')` never matches.
    [GeneratedRegex("""^(?:(?:import|export)\s[^'"();]*?\bfrom\s*|import\s*)(['"])(?<path>[^'"\r\n]+)\1""", RegexOptions.Multiline)]
    private static partial Regex StaticImport();

    private readonly Dictionary<string, List<string>> _imports = new(StringComparer.Ordinal);

    /// <summary>The modules among <paramref name="assets"/> (the files of templates/assets/, served under /assets/).</summary>
    public static ScriptModules Read(IEnumerable<ProjectFile> assets)
    {
        var modules = new ScriptModules();
        foreach (var file in assets.Where(f => f.RelativePath.EndsWith(".js", StringComparison.Ordinal)))
        {
            string text;
            try
            {
                text = Encoding.UTF8.GetString(file.ReadAllBytes());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // The assets exporter reports it when it copies the file.
            }

            var path = "/assets/" + file.RelativePath;
            modules._imports[path] = ImportsOf(path, text);
        }

        return modules;
    }

    /// <summary>The site paths that the module at <paramref name="path"/> imports statically (relative specifiers only).</summary>
    public static List<string> ImportsOf(string path, string text)
    {
        var folder = new Uri("http://site" + path);
        return StaticImport().Matches(text)
            .Select(m => m.Groups["path"].Value)
            .Where(specifier => specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal))
            .Select(specifier => new Uri(folder, specifier).AbsolutePath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether the theme has a script at <paramref name="path"/> (a site path such as <c>/assets/search/page.js</c>).</summary>
    public bool Contains(string path) => _imports.ContainsKey(path);

    /// <summary>
    /// The modules at <paramref name="entries"/> (site paths of scripts in the theme, see <see cref="Contains"/>) and
    /// every module they import statically, directly or not: each entry with the modules it brings, nearest first,
    /// before the next entry — so the first entry's modules are asked for first.
    /// </summary>
    public IReadOnlyList<string> StaticGraph(IEnumerable<string> entries)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        foreach (var entry in entries)
        {
            if (seen.Add(entry))
                found.Add(entry);
            for (; next < found.Count; next++)
            {
                if (!_imports.TryGetValue(found[next], out var imports))
                    continue; // Not in the theme: the browser reports the failed import; nothing to preload.
                foreach (var import in imports)
                    if (_imports.ContainsKey(import) && seen.Add(import))
                        found.Add(import);
            }
        }

        return found;
    }
}
