using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace StudyBot.Storage;

/// <summary>StudyBot's table storage account: one <see cref="TableServiceClient"/>, table names <c>{Storage:TablePrefix}{name}</c>,
/// each table created once on first use. Stores talk to it through <see cref="Table{T}"/>.</summary>
public sealed class TableStore
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cacheTimeToLive;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new();
    private readonly RequestCounter _requests = new();

    // Environment.TickCount64 of the last call storage did not answer, and of the last it did.
    private long _lastFailure = long.MinValue;
    private long _lastSuccess = long.MinValue;

    public TableStore(IOptions<StorageOptions> options, TimeProvider time)
    {
        var o = options.Value;
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        clientOptions.AddPolicy(_requests, HttpPipelinePosition.PerRetry);
        // An endpoint with no explicit connection string (empty, or the Azurite default) means managed identity.
        var useEndpoint = !string.IsNullOrWhiteSpace(o.Endpoint)
                          && (string.IsNullOrWhiteSpace(o.ConnectionString) || o.ConnectionString == StorageOptions.DevelopmentConnectionString);
        _service = useEndpoint
            ? new TableServiceClient(new Uri(o.Endpoint!), new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(o.ConnectionString, clientOptions);
        _prefix = o.TablePrefix;
        _time = time;
        _cacheTimeToLive = o.CacheTimeToLive;
    }

    /// <summary>Where the tables are (scheme, host and port only: never a path, a SAS query or a key), for an operator's log line.</summary>
    public string Endpoint => _service.Uri.GetLeftPart(UriPartial.Authority);

    /// <summary>HTTP requests sent to table storage so far, retries included (what a turn costs; tests and benchmarks).</summary>
    public long RequestsSent => Interlocked.Read(ref _requests.Count);

    /// <summary>True while the last call storage did not answer failed at most a few seconds ago and none succeeded
    /// since. Work a turn can do without (refreshing a stored serviceUrl) is skipped meanwhile, so that during an
    /// outage <c>/help</c> and questions answer at once instead of after the SDK's retries.</summary>
    public bool RecentlyUnavailable
    {
        get
        {
            var failed = Interlocked.Read(ref _lastFailure);
            return failed > Interlocked.Read(ref _lastSuccess) && Environment.TickCount64 - failed < RecentlyUnavailableFor;
        }
    }

    private const long RecentlyUnavailableFor = 5_000;

    /// <summary>A real and cheap request (lists at most one table): readiness asks storage itself, not a cache.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _service.QueryAsync(filter: $"TableName eq '{_prefix}Health'", maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
            {
                break;
            }

            Answered(true);
        }
        catch (Exception e) when (StorageUnavailableException.IsStorageFailure(e))
        {
            Answered(false);
            throw;
        }
    }

    /// <summary>Every guarded call reports whether storage answered (<see cref="RecentlyUnavailable"/>).</summary>
    internal void Answered(bool answered) => Interlocked.Exchange(ref answered ? ref _lastSuccess : ref _lastFailure, Environment.TickCount64);

    /// <summary>The table <c>{prefix}{name}</c> (letters and digits only, per Azure rules) holding <typeparamref name="T"/> rows.</summary>
    public Table<T> Table<T>(string name)
        where T : class, Azure.Data.Tables.ITableEntity, new() => new(this, name);

    /// <summary>A cache for rows a store reads on every turn, with the configured time to live (<c>Storage:CacheTimeToLive</c>).</summary>
    public TtlCache<TValue> Cache<TValue>() => new(_time, _cacheTimeToLive);

    /// <summary>The raw client of table <c>{prefix}{name}</c>, created if missing (tests read rows with it; stores use
    /// <see cref="Table{T}"/>, which guards every call).</summary>
    public Task<TableClient> GetTableAsync(string name, CancellationToken cancellationToken = default)
    {
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        if (lazy.Value is { IsFaulted: false, IsCanceled: false } task)
        {
            return task.WaitAsync(cancellationToken);
        }

        // Storage was down when the table was first asked for: ask again now instead of keeping the failure.
        _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, lazy));
        return _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n))).Value.WaitAsync(cancellationToken);
    }

    /// <summary>Creates the table again after storage said it does not exist (deleted, emulator reset).</summary>
    internal async Task RecreateAsync(string name, CancellationToken cancellationToken) =>
        await (await GetTableAsync(name, cancellationToken)).CreateIfNotExistsAsync(cancellationToken);

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = _service.GetTableClient(_prefix + name);
        await client.CreateIfNotExistsAsync();
        return client;
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        public long Count;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Count);
    }
}
