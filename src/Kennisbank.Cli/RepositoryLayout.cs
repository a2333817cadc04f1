namespace Kennisbank.Cli;

/// <summary>
/// Where the defaults live: the nearest folder (from the working directory up) that holds kennisbank.yml,
/// so the command works from any sub-folder of the repository.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "kennisbank.yml")))
                return folder.FullName;
        }

        return Environment.CurrentDirectory;
    }
}
