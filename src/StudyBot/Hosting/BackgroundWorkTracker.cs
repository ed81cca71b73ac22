using System.Collections.Concurrent;

namespace StudyBot.Hosting;

/// <summary>Work that outlives the request that started it (Slack's ack-first handlers, reminder fan-out, a
/// response_url follow-up). Registered work is awaited when the host stops, so a rolling update lets it finish
/// within the host's shutdown timeout instead of cutting a send in half; only when that timeout runs out is the
/// work's token cancelled. Work started after shutdown began is refused (<see cref="TryRun"/> returns false) —
/// callers leave it to another replica or the next run (reminder deliveries stay claimable).</summary>
public sealed class BackgroundWorkTracker(ILogger<BackgroundWorkTracker> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<long, (string Name, Task Task)> _running = new();
    private readonly CancellationTokenSource _abort = new();
    private long _next;
    private volatile bool _stopping;

    /// <summary>How many pieces of work are running now.</summary>
    public int Count => _running.Count;

    /// <summary>Starts <paramref name="work"/> on the thread pool and tracks it until it ends.</summary>
    /// <param name="name">What the work is, for logs (no user text).</param>
    /// <param name="work">Gets a token that is cancelled only when the shutdown timeout runs out.</param>
    /// <returns>False when the host is already stopping and the work was not started.</returns>
    public bool TryRun(string name, Func<CancellationToken, Task> work)
    {
        if (_stopping)
        {
            return false;
        }

        var id = Interlocked.Increment(ref _next);
        var task = Task.Run(async () =>
        {
            try
            {
                await work(_abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                logger.LogWarning("Background work {WorkName} was cancelled by the shutdown timeout", name);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Background work {WorkName} failed", name);
            }
            finally
            {
                _running.TryRemove(id, out _);
            }
        });
        _running.TryAdd(id, (name, task));
        return true;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the running work; when the host's shutdown timeout cancels <paramref name="cancellationToken"/>,
    /// cancels the work's token and gives it a moment to stop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var pending = _running.Values.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        logger.LogInformation("Waiting for {Count} background work item(s) before stopping", pending.Length);
        try
        {
            await Task.WhenAll(pending.Select(p => p.Task)).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timeout: cancelling {Names}", string.Join(", ", _running.Values.Select(p => p.Name)));
            await _abort.CancelAsync();
        }
    }

    public void Dispose() => _abort.Dispose();
}
