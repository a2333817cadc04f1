using Kennisbank.Configuration;
using Kennisbank.Model;
using Scriban.Runtime;

namespace Kennisbank.Rendering;

/// <summary>
/// The functions templates may call, besides Scriban's built-ins: Dutch dates, the site's URL scheme and URL helpers.
/// URL helpers need the base path, so they are created per build (<see cref="ForSite"/>).
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Shared { get; } = CreateShared();

    private static ScriptObject CreateShared()
    {
        var functions = new ScriptObject();
        functions.Import("dutch_date", new Func<DateOnly, string>(DutchDates.Format));
        functions.Import("iso_date", new Func<DateOnly, string>(DutchDates.Iso));
        functions.Import("theme_path", new Func<string, string>(SitePaths.Theme));
        functions.Import("type_path", new Func<string, string>(SitePaths.Type));
        functions.Import("school_type_path", new Func<string, string>(SitePaths.SchoolType));
        functions.Import("region_path", new Func<string, string>(SitePaths.Region));
        functions.Import("tag_path", new Func<string, string>(SitePaths.Tag));
        functions.Import("plural", new Func<int, string, string, string>((n, one, many) => n == 1 ? one : many));
        return functions;
    }

    /// <summary>URL helpers bound to one site's base URL: <c>relative_url</c> and <c>absolute_url</c>.</summary>
    public static ScriptObject ForSite(SiteConfig config)
    {
        var functions = new ScriptObject();
        functions.Import("relative_url", new Func<string, string>(path => Urls.Relative(config, path)));
        functions.Import("absolute_url", new Func<string, string>(path => Urls.Absolute(config, path)));
        return functions;
    }
}
