using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using StudyBot.Hosting;

namespace StudyBot.Storage;

public static class StorageServices
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConfiguredOptions<StorageOptions>(StorageOptions.Section).Configure(o =>
        {
            if (configuration.GetConnectionString("Tables") is { Length: > 0 } cs)
            {
                o.ConnectionString = cs;
            }
        });
        services.AddSingleton<TableStore>();
        services.AddSingleton<StorageOutageLog>();
        services.AddSingleton<TableStoreHealthCheck>(); // one instance: it keeps the last answer for a moment

        // Old Slack event ids and reminder deliveries go after their retention: a daily Quartz job, added to the one
        // Quartz scheduler by AddStorageRetention (called where the scheduler is composed).
        services.AddConfiguredOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddSingleton<StorageRetention>();
        services.AddHealthChecks().AddCheck<TableStoreHealthCheck>("tables", tags: [HostingExtensions.ReadyTag]);
        return services;
    }
}

public static class StorageRetentionSchedule
{
    /// <summary>The daily retention job on the service's Quartz scheduler.</summary>
    public static void AddStorageRetention(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var job = new JobKey("storage-retention");
        quartz.AddJob<StorageRetentionJob>(j => j.WithIdentity(job));
        quartz.AddTrigger(t => t.ForJob(job).WithIdentity("storage-retention-trigger")
            .WithCronSchedule(configuration[ConfiguredOptions.Key(RetentionOptions.Section, nameof(RetentionOptions.Schedule))] ?? new RetentionOptions().Schedule, c => c.InTimeZone(TimeZoneInfo.Utc)));
    }
}

/// <summary>Ready when table storage answers a real request now. Probes come often (every replica, every few seconds),
/// so an answer is reused for <see cref="Fresh"/> and only one probe at a time reaches storage.</summary>
internal sealed class TableStoreHealthCheck(TableStore store) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _probe = new(1, 1);
    private (HealthCheckResult Result, long At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The probe's own clock (monotonic), not the app's TimeProvider: tests freeze that one.
        if (_last is { } last && Stopwatch.GetElapsedTime(last.At) < Fresh)
        {
            return last.Result;
        }

        await _probe.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } again && Stopwatch.GetElapsedTime(again.At) < Fresh)
            {
                return again.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            _last = (result, Stopwatch.GetTimestamp());
            return result;
        }
        finally
        {
            _probe.Release();
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(Timeout);
            await store.PingAsync(cts.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Named by its endpoint: a probe that timed out has no connection error naming the host to check.
            return HealthCheckResult.Unhealthy($"table storage unreachable, endpoint {store.Endpoint}", e);
        }
    }

    public void Dispose() => _probe.Dispose();
}
