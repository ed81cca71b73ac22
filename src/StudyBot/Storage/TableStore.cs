using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Storage;

public sealed class StorageOptions
{
    /// <summary><c>ConnectionStrings:Tables</c>; the default is Azurite.</summary>
    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>With no connection string: the table endpoint, used with <c>DefaultAzureCredential</c> (managed identity).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Prefix of every table name (lets tests and environments share one account).</summary>
    public string TablePrefix { get; set; } = string.Empty;

    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";
}

/// <summary>Hands out <see cref="TableClient"/>s for StudyBot's tables, created once on first use.</summary>
public sealed class TableStore
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new();

    public TableStore(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        // An endpoint with no explicit connection string (empty, or the Azurite default) means managed identity.
        var useEndpoint = !string.IsNullOrWhiteSpace(o.Endpoint)
                          && (string.IsNullOrWhiteSpace(o.ConnectionString) || o.ConnectionString == StorageOptions.DevelopmentConnectionString);
        _service = useEndpoint
            ? new TableServiceClient(new Uri(o.Endpoint!), new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(o.ConnectionString, clientOptions);
        _prefix = o.TablePrefix;
    }

    public TableServiceClient Service => _service;

    /// <summary>The table named <c>{prefix}{name}</c> (letters and digits only, per Azure rules), created if missing.</summary>
    public Task<TableClient> GetTableAsync(string name, CancellationToken cancellationToken = default)
    {
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // Storage was down when first asked: try again next time instead of caching the failure.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = _service.GetTableClient(_prefix + name);
        await client.CreateIfNotExistsAsync();
        return client;
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
