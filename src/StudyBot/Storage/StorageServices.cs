using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        services.AddHealthChecks().AddCheck<TableStoreHealthCheck>("tables", tags: [HostingExtensions.ReadyTag]);
        return services;
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
