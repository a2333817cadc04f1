using System.Net;

namespace Kennisbank.Serve;

/// <summary>
/// A small static file server on 127.0.0.1 for <c>serve</c>: answers under the site's base path from the output
/// folder (folders → index.html, unknown paths → 404.html with status 404), plus the live-reload script and event
/// stream under <c>/__kennisbank/</c>. Local development only; a published site needs no server at all.
/// </summary>
public sealed class DevServer(string outputDirectory, string basePath, int port, LiveReloadHub hub) : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8", [".xml"] = "application/xml; charset=utf-8", [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif",
        [".pdf"] = "application/pdf",
    };

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public string Url => $"http://127.0.0.1:{port}{basePath}";

    /// <summary>Starts answering; throws <see cref="HttpListenerException"/> when the port is taken.</summary>
    public void Start()
    {
        // Only the loopback address: the preview holds drafts, and must not be reachable from the school network.
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (path == basePath + "__kennisbank/events")
            {
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-store";
                response.SendChunked = true;
                await hub.AttachAsync(response.OutputStream, _stop.Token);
            }
            else if (path == basePath + "__kennisbank/livereload.js")
            {
                await using var script = typeof(DevServer).Assembly.GetManifestResourceStream("Kennisbank.Serve.livereload.js")!;
                await SendAsync(response, 200, ".js", script);
            }
            else
            {
                await ServeFileAsync(response, path);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The browser went away mid-response; nothing to do.
        }
        catch (Exception e) when (e is UnauthorizedAccessException or ArgumentException or UriFormatException or NotSupportedException)
        {
            // A request the file system cannot answer (an odd path, a file just being replaced): this request fails, serve goes on.
            TryStatus(response, 400);
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private async Task ServeFileAsync(HttpListenerResponse response, string path)
    {
        var root = Path.GetFullPath(outputDirectory);
        string? file = null;
        if (path.StartsWith(basePath, StringComparison.Ordinal))
        {
            var relative = path[basePath.Length..];
            var candidate = Path.GetFullPath(Path.Combine(root, relative));
            // With the separator: "/..%2fsite-geheim/x" resolves to a sibling whose name merely starts like the root.
            if (candidate == root || candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                if (Directory.Exists(candidate) && !path.EndsWith('/'))
                {
                    response.StatusCode = 301;
                    response.RedirectLocation = path + "/";
                    return;
                }

                file = Directory.Exists(candidate) ? Path.Combine(candidate, "index.html") : candidate;
            }
        }

        if (file is null || !File.Exists(file))
        {
            var notFound = Path.Combine(root, "404.html");
            await using Stream page = File.Exists(notFound) ? File.OpenRead(notFound) : new MemoryStream("404"u8.ToArray());
            await SendAsync(response, 404, ".html", page);
            return;
        }

        await using var stream = File.OpenRead(file);
        await SendAsync(response, 200, Path.GetExtension(file), stream);
    }

    private static void TryStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
        }
        catch (InvalidOperationException)
        {
            // Headers already sent.
        }
    }

    private static async Task SendAsync(HttpListenerResponse response, int status, string extension, Stream body)
    {
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream");
        response.Headers["Cache-Control"] = "no-store";
        await body.CopyToAsync(response.OutputStream);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
