namespace Kennisbank.Serve;

/// <summary>
/// Watches content/, templates/ and kennisbank.yml and calls back once per burst of changes: editors' save
/// actions often touch a file several times, and one rebuild for all of them is what they expect.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ChangeWatcher(IEnumerable<string> folders, string configFile, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
            _watchers.Add(Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true }));
        var configFolder = Path.GetDirectoryName(Path.GetFullPath(configFile))!;
        _watchers.Add(Watch(new FileSystemWatcher(configFolder, Path.GetFileName(configFile))));
        _watchers.Add(Watch(new FileSystemWatcher(configFolder, Publishing.PublishedUrls.FileName)));
    }

    private FileSystemWatcher Watch(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, _) => Poke();
        watcher.Created += (_, _) => Poke();
        watcher.Deleted += (_, _) => Poke();
        watcher.Renamed += (_, _) => Poke();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Poke() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer.Dispose();
    }
}
