using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace StudyBot.Slack;

/// <summary>Bounded queue of Slack work done after the ack (events, button clicks, late slash-command replies).
/// Shutdown stops taking jobs and waits for the queued and running ones (up to the host's shutdown timeout).</summary>
public sealed class SlackWorkQueue : IHostedService, IDisposable
{
    private readonly Channel<Func<CancellationToken, Task>> _jobs;
    private readonly CancellationTokenSource _abort = new();
    private readonly SlackOptions _options;
    private readonly ILogger<SlackWorkQueue> _logger;
    private Task[] _workers = [];

    public SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger)
    {
        _options = options.Value;
        _logger = logger;
        _jobs = Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Cancelled only when shutdown runs out of time; work started for a request uses it instead of the
    /// request's token, because the request ends (ack) before the work does.</summary>
    public CancellationToken Stopping => _abort.Token;

    /// <summary>Queues a job; false when the queue is full or shutting down (the caller answers 503 so Slack retries).</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> job) => _jobs.Writer.TryWrite(job);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _jobs.Writer.TryComplete();
        using var abortOnTimeout = cancellationToken.Register(_abort.Cancel);
        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Shutdown timed out with Slack work still running");
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task WorkAsync()
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync())
        {
            try
            {
                await job(_abort.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !_abort.IsCancellationRequested)
            {
                _logger.LogError(e, "Slack background work failed");
            }
            catch (OperationCanceledException)
            {
                _logger.LogWarning("Slack background work cancelled by shutdown");
            }
        }
    }
}
