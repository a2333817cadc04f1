using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Kennisbank.Serve;

/// <summary>
/// The server-sent-events side of live reload: every open page holds one stream; after each rebuild every stream
/// gets <c>reload</c>, or <c>problems</c> with the diagnostics. A page that connects while the build is broken gets
/// the problems at once, so the overlay also shows after a manual refresh.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Stream, SemaphoreSlim> _clients = new();
    private IReadOnlyList<string> _problems = [];

    public int ClientCount => _clients.Count;

    public async Task AttachAsync(Stream stream, CancellationToken cancel)
    {
        var gate = new SemaphoreSlim(1, 1);
        _clients[stream] = gate;
        await SendAsync(stream, gate, _problems.Count > 0 ? Problems(_problems) : "event: ok\ndata: {}\n\n");
        try
        {
            // Comments keep proxies and the browser from timing the stream out; a failed write ends it.
            while (!cancel.IsCancellationRequested && await SendAsync(stream, gate, ": ping\n\n"))
                await Task.Delay(TimeSpan.FromSeconds(15), cancel);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _clients.TryRemove(stream, out _);
        }
    }

    public Task PublishReloadAsync()
    {
        _problems = [];
        return BroadcastAsync("event: reload\ndata: {}\n\n");
    }

    public Task PublishProblemsAsync(IReadOnlyList<string> problems)
    {
        _problems = problems;
        return BroadcastAsync(Problems(problems));
    }

    private static string Problems(IReadOnlyList<string> problems) => $"event: problems\ndata: {JsonSerializer.Serialize(problems)}\n\n";

    private Task BroadcastAsync(string message) =>
        Task.WhenAll(_clients.Select(async client =>
        {
            if (!await SendAsync(client.Key, client.Value, message))
                _clients.TryRemove(client.Key, out _);
        }));

    private static async Task<bool> SendAsync(Stream stream, SemaphoreSlim gate, string message)
    {
        await gate.WaitAsync();
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(message));
            await stream.FlushAsync();
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.HttpListenerException)
        {
            return false;
        }
        finally
        {
            gate.Release();
        }
    }
}
