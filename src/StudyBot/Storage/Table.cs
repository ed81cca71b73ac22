using System.Net;
using Azure;
using Azure.Data.Tables;

namespace StudyBot.Storage;

/// <summary>One table of typed rows, and the one guard every store goes through: a call that storage did not answer
/// throws <see cref="StorageUnavailableException"/> (never a raw SDK exception, never half an answer), expected
/// outcomes are values (absent row → null, insert conflict → null, changed ETag → null), and a table that vanished
/// is created again and the call repeated (every call here is safe to repeat).</summary>
public sealed class Table<T>(TableStore store, string name)
    where T : class, ITableEntity, new()
{
    public string Name => name;

    /// <summary>The row, or null.</summary>
    public Task<T?> GetAsync(string partitionKey, string rowKey, CancellationToken ct) => RunAsync(async (table, call) =>
    {
        var row = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: call.Token);
        return row.HasValue ? row.Value : null;
    }, ct);

    /// <summary>The rows of one partition, optionally a row-key range <c>[rowKeyFrom, rowKeyTo)</c> and only some columns:
    /// one query, all pages read before it returns.</summary>
    public Task<IReadOnlyList<T>> QueryPartitionAsync(string partitionKey, CancellationToken ct, string? rowKeyFrom = null, string? rowKeyTo = null, IEnumerable<string>? select = null)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        if (rowKeyFrom is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey ge {rowKeyFrom}");
        }

        if (rowKeyTo is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey lt {rowKeyTo}");
        }

        return QueryAsync(filter, select, ct);
    }

    /// <summary>Every row matching <paramref name="filter"/> (null: the whole table; for small tables only).</summary>
    public Task<IReadOnlyList<T>> QueryAsync(string? filter, IEnumerable<string>? select, CancellationToken ct) => RunAsync(async (table, call) =>
    {
        var rows = new List<T>();
        await foreach (var page in table.QueryAsync<T>(filter, select: select, cancellationToken: call.Token).AsPages())
        {
            rows.AddRange(page.Values);

            // Storage answered: a long query (a retention scan) is slow, not hung.
            store.Answered(true);
        }

        return (IReadOnlyList<T>)rows;
    }, ct);

    /// <summary>Inserts the row; null when a row with its keys exists (nothing written).</summary>
    public Task<ETag?> TryAddAsync(T entity, CancellationToken ct) => RunAsync<ETag?>(async (table, call) =>
    {
        try
        {
            return (await table.AddEntityAsync(entity, call.Token)).Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }, ct);

    /// <summary>Inserts or replaces the row.</summary>
    public Task UpsertAsync(T entity, CancellationToken ct) =>
        RunAsync(async (table, call) => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, call.Token), ct);

    /// <summary>Inserts the row, or writes its non-null columns into the stored one (the others stay).</summary>
    public Task MergeAsync(T entity, CancellationToken ct) =>
        RunAsync(async (table, call) => await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, call.Token), ct);

    /// <summary>Replaces the row if it still has <paramref name="ifMatch"/>; null when it changed meanwhile (412) or is gone (404).</summary>
    public Task<ETag?> TryReplaceAsync(T entity, ETag ifMatch, CancellationToken ct) => RunAsync<ETag?>(async (table, call) =>
    {
        try
        {
            return (await table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, call.Token)).Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }, ct);

    /// <summary>Writes rows of one partition all or nothing (an entity group transaction, at most 100 actions); false when
    /// an insert among them met an existing row (then nothing was written).</summary>
    public Task<bool> TrySubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct) => RunAsync(async (table, call) =>
    {
        try
        {
            await table.SubmitTransactionAsync(actions, call.Token);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }, ct);

    /// <summary>Deletes the row (a row already gone is fine).</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken ct) =>
        RunAsync(async (table, call) => await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, call.Token), ct);

    private async Task<TResult> RunAsync<TResult>(Func<TableClient, StorageCall, Task<TResult>> operation, CancellationToken ct)
    {
        using var call = new StorageCall(store, store.CallTimeout, ct);
        try
        {
            var table = await store.GetTableAsync(name, call.Token);
            TResult result;
            try
            {
                result = await operation(table, call);
            }
            catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
            {
                await store.RecreateAsync(name, call.Token);
                result = await operation(table, call);
            }

            store.Answered(true);
            return result;
        }
        catch (Exception e) when (StorageUnavailableException.IsStorageFailure(e) || call.TimedOut(e))
        {
            store.Answered(false);
            throw new StorageUnavailableException(call.TimedOut(e) ? new TimeoutException("storage answered nothing in time") : e);
        }
    }

    private async Task RunAsync(Func<TableClient, StorageCall, Task> operation, CancellationToken ct) => await RunAsync(async (table, call) =>
    {
        await operation(table, call);
        return true;
    }, ct);

    /// <summary>One guarded call's deadline: storage that accepts connections but never answers (a hung or paused
    /// server) must not hold a turn past the channel's own timeout (Bot Framework gives up after about 15 s, and the SDK's
    /// retries alone would wait 4 × 10 s). Storage that answers anyone meanwhile is slow, not hung (a burst queued behind
    /// other calls, a long scan page by page): the call waits on. The caller's own cancellation stays a cancellation.</summary>
    private sealed class StorageCall : IDisposable
    {
        private readonly TableStore _store;
        private readonly TimeSpan _timeout;
        private readonly CancellationToken _caller;
        private readonly CancellationTokenSource _deadline;
        private readonly Timer _watch;
        private int _disposed;

        public StorageCall(TableStore store, TimeSpan timeout, CancellationToken caller)
        {
            _store = store;
            _timeout = timeout;
            _caller = caller;
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(caller);
            _watch = new Timer(_ => Check(), null, timeout, Timeout.InfiniteTimeSpan);
        }

        public CancellationToken Token => _deadline.Token;

        public bool TimedOut(Exception e) => e is OperationCanceledException && _deadline.IsCancellationRequested && !_caller.IsCancellationRequested;

        public void Dispose()
        {
            Interlocked.Exchange(ref _disposed, 1);
            _watch.Dispose();
            _deadline.Dispose();
        }

        private void Check()
        {
            try
            {
                if (Volatile.Read(ref _disposed) == 1)
                {
                    return;
                }

                var quiet = _store.SinceLastAnswer;
                if (quiet < _timeout)
                {
                    _watch.Change(_timeout - quiet, Timeout.InfiniteTimeSpan);
                }
                else
                {
                    _deadline.Cancel();
                }
            }
            catch (ObjectDisposedException)
            {
                // The call finished while its watch fired.
            }
        }
    }
}
