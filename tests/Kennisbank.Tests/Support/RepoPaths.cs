namespace Kennisbank.Tests.Support;

/// <summary>Locates the repository (the folder with kennisbank.sln) from the test binaries, wherever they run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Pages => Path.Combine(Root, "pages");

    /// <summary>The example address the repository's kennisbank.yml ships with, until a site fills in its own.</summary>
    public const string PlaceholderBaseUrl = "https://kennisbank.example.nl/";

    public static string Templates => Path.Combine(Root, "templates");

    public static string Config => Path.Combine(Root, "kennisbank.yml");

    public static string Tools => Path.Combine(Root, "tests", "tools");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "kennisbank.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("kennisbank.sln not found above " + AppContext.BaseDirectory);
    }
}
