using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Kennisbank.Serve;
using Kennisbank.Tests.Cli;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Trust;

/// <summary>
/// Issue 11, class 8: <c>serve</c> is an editor's preview; it must survive any save, answer only for its own folder
/// and only on 127.0.0.1, and say in Dutch when its port is taken.
/// </summary>
public sealed class ServeTrustTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_sibling_folder_of_the_output_is_not_served()
    {
        var output = Path.Combine(_site.Root, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "welkom");
        Directory.CreateDirectory(Path.Combine(_site.Root, "site-geheim"));
        File.WriteAllText(Path.Combine(_site.Root, "site-geheim", "x"), "GEHEIM");
        var port = FreePort();
        using var server = new DevServer(output, "/", port, new LiveReloadHub());
        server.Start();

        var sibling = await RawGet(port, "/..%2fsite-geheim/x");
        var parent = await RawGet(port, "/..%2f..%2f" + Path.GetFileName(_site.Root) + "%2fsite-geheim/x");
        var own = await RawGet(port, "/");

        Assert.StartsWith("HTTP/1.1 404", sibling, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM", sibling, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM", parent, StringComparison.Ordinal);
        Assert.Contains("welkom", own, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_port_is_one_dutch_line_with_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        _site.Article("echt.md");

        var run = CliProcess.Run(_site.Root, "serve", "--templates", _site.TemplatesDirectory, "--port", port);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error KB504: poort {port} op 127.0.0.1 is niet beschikbaar", run.Stderr, StringComparison.Ordinal);
        LimitTrustTests.AssertNoTrace(run);
    }

    [Fact]
    public async Task Serve_survives_a_save_with_a_control_character_in_a_title()
    {
        _site.Article("debat.md", "Acht leerlingen begonnen.\n", ("title", "Een debatclub in de onderbouw"));
        var port = FreePort();
        var log = new ConcurrentQueue<string>();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _site.Root };
        foreach (var argument in new[] { CliProcess.CliDll, "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--templates", _site.TemplatesDirectory })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitFor(log, "Kennisbank draait op", process);
            _site.Article("debat.md", "Negen leerlingen begonnen.\n", ("title", "Een debatclub\u0001 in de onderbouw"));
            await WaitFor(log, "Build mislukt", process);
            Assert.Contains(log, line => line.Contains("error KB008", StringComparison.Ordinal));

            _site.Article("debat.md", "Tien leerlingen begonnen.\n", ("title", "Een debatclub in de onderbouw"));
            await WaitFor(log, "Bijgewerkt", process);
            using var http = new HttpClient();
            Assert.Contains("Tien leerlingen", await http.GetStringAsync($"http://127.0.0.1:{port}/artikelen/debat/"));
            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task WaitFor(ConcurrentQueue<string> log, string text, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var seen = log.Count;
        while (!log.Skip(seen).Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.False(process.HasExited, $"serve stopped; it printed:\n{string.Join("\n", log)}");
            Assert.True(DateTime.UtcNow < deadline, $"no '{text}' within 90 s; serve printed:\n{string.Join("\n", log)}");
            await Task.Delay(100);
        }
    }

    private static async Task<string> RawGet(int port, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
