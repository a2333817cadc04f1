using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Serve;

/// <summary>
/// The real <c>kennisbank serve</c> process on a free port: pages over HTTP, a file change seen in the page and in
/// the event stream, a broken file shown as problems while the last good page stays, and the fix clearing them.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly int _port = FreePort();
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public ServeCommandTests()
    {
        _site.Article("debat.md", "Acht leerlingen begonnen.\n", ("title", "Een debatclub in de onderbouw"), ("tags", "[debat]"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _site.Root };
        foreach (var argument in new[] { CliProcess.CliDll, "serve", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--content", _site.ContentDirectory, "--templates", _site.TemplatesDirectory, "--config", _site.ConfigFile, "--output", _site.OutputDirectory })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => _log.Enqueue("out: " + e.Data);
        _process.ErrorDataReceived += (_, e) => _log.Enqueue("err: " + e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _http.Dispose();
        _site.Dispose();
    }

    private string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    private async Task<string> WaitForPage(string path, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                var html = await _http.GetStringAsync(Url(path));
                if (ready(html))
                    return html;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not become ready; serve printed:\n{string.Join("\n", _log)}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Serves_the_site_reloads_on_change_and_shows_problems_until_they_are_fixed()
    {
        var page = await WaitForPage("/artikelen/debat/", html => html.Contains("Acht leerlingen", StringComparison.Ordinal));
        Assert.Contains("/__kennisbank/livereload.js", page);
        Assert.Contains("EventSource", await _http.GetStringAsync(Url("/__kennisbank/livereload.js")));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(Url("/bestaat-niet/"))).StatusCode);

        using var events = new EventStream(await _http.GetStreamAsync(Url("/__kennisbank/events")), () => string.Join("\n", _log));
        Assert.Equal("ok", await events.NextEventAsync());

        _site.Article("debat.md", "Negen leerlingen begonnen.\n", ("title", "Een debatclub in de onderbouw"), ("tags", "[debat]"));
        Assert.Equal("reload", await events.NextEventAsync());
        Assert.Contains("Negen leerlingen", await _http.GetStringAsync(Url("/artikelen/debat/")));

        _site.Write("debat.md", "kapot\n");
        Assert.Equal("problems", await events.NextEventAsync());
        Assert.Contains("KB101", events.LastData);
        Assert.Contains("debat.md:1:1", events.LastData);
        Assert.Contains("Negen leerlingen", await _http.GetStringAsync(Url("/artikelen/debat/")));

        _site.Article("debat.md", "Tien leerlingen begonnen.\n", ("title", "Een debatclub in de onderbouw"), ("tags", "[debat]"));
        Assert.Equal("reload", await events.NextEventAsync());
        Assert.Contains("Tien leerlingen", await _http.GetStringAsync(Url("/artikelen/debat/")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Reads server-sent events: the next event name, skipping comments (pings).</summary>
    private sealed class EventStream(Stream stream, Func<string> log) : IDisposable
    {
        private readonly StreamReader _reader = new(stream);

        public string LastData { get; private set; } = "";

        public async Task<string> NextEventAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? name = null;
            while (true)
            {
                string? line;
                try
                {
                    line = await _reader.ReadLineAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException("no event within 60 s; serve printed:\n" + log());
                }

                if (line is null)
                    throw new EndOfStreamException("event stream closed");
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                    name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    LastData = line["data: ".Length..];
                else if (line.Length == 0 && name is not null)
                    return name;
            }
        }

        public void Dispose() => _reader.Dispose();
    }
}
