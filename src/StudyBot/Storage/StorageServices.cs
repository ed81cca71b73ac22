using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using StudyBot.Hosting;

namespace StudyBot.Storage;

public static class StorageServices
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.Configure<StorageOptions>(o =>
        {
            if (configuration.GetConnectionString("Tables") is { Length: > 0 } cs)
            {
                o.ConnectionString = cs;
            }
        });
        services.AddSingleton<TableStore>();

        // Old Slack event ids and reminder deliveries go after their retention: a daily Quartz job, added to the one
        // Quartz scheduler by AddStorageRetention (called where the scheduler is composed).
        services.Configure<RetentionOptions>(configuration.GetSection("Storage:Retention"));
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
            .WithCronSchedule(configuration["Storage:Retention:Schedule"] ?? new RetentionOptions().Schedule, c => c.InTimeZone(TimeZoneInfo.Utc)));
    }
}

/// <summary>Ready when table storage answers.</summary>
internal sealed class TableStoreHealthCheck(TableStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(TimeSpan.FromSeconds(3));
            await store.GetTableAsync("Health", cts.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("table storage unreachable", e);
        }
    }
}
