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
    public Task<T?> GetAsync(string partitionKey, string rowKey, CancellationToken ct) => RunAsync(async (table, token) =>
    {
        var row = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: token);
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
    public Task<IReadOnlyList<T>> QueryAsync(string? filter, IEnumerable<string>? select, CancellationToken ct) => RunAsync(async (table, token) =>
    {
        var rows = new List<T>();
        await foreach (var row in table.QueryAsync<T>(filter, select: select, cancellationToken: token))
        {
            rows.Add(row);
        }

        return (IReadOnlyList<T>)rows;
    }, ct);

    /// <summary>Inserts the row; null when a row with its keys exists (nothing written).</summary>
    public Task<ETag?> TryAddAsync(T entity, CancellationToken ct) => RunAsync<ETag?>(async (table, token) =>
    {
        try
        {
            return (await table.AddEntityAsync(entity, token)).Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }, ct);

    /// <summary>Inserts or replaces the row.</summary>
    public Task UpsertAsync(T entity, CancellationToken ct) =>
        RunAsync(async (table, token) => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token), ct);

    /// <summary>Inserts the row, or writes its non-null columns into the stored one (the others stay).</summary>
    public Task MergeAsync(T entity, CancellationToken ct) =>
        RunAsync(async (table, token) => await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, token), ct);

    /// <summary>Replaces the row if it still has <paramref name="ifMatch"/>; null when it changed meanwhile (412) or is gone (404).</summary>
    public Task<ETag?> TryReplaceAsync(T entity, ETag ifMatch, CancellationToken ct) => RunAsync<ETag?>(async (table, token) =>
    {
        try
        {
            return (await table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, token)).Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }, ct);

    /// <summary>Writes rows of one partition all or nothing (an entity group transaction, at most 100 actions): the ETag
    /// each action left on its row (null for a delete), or null when the transaction was refused and nothing was written
    /// — an insert met an existing row (409), an If-Match did not match (412) or a row it changes is gone (404).</summary>
    public Task<IReadOnlyList<ETag?>?> TrySubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct) => RunAsync<IReadOnlyList<ETag?>?>(async (table, token) =>
    {
        try
        {
            var responses = (await table.SubmitTransactionAsync(actions, token)).Value;
            return responses.Select(r => r.Headers.ETag).ToArray();
        }
        catch (TableTransactionFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }, ct);

    /// <summary>Deletes the row (a row already gone is fine).</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken ct) =>
        RunAsync(async (table, token) => await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, token), ct);

    private async Task<TResult> RunAsync<TResult>(Func<TableClient, CancellationToken, Task<TResult>> operation, CancellationToken ct)
    {
        // The turn's storage budget (StorageDeadline), shared by all its calls: hung storage answers "try again" in time.
        using var call = StorageDeadline.Link(ct);
        try
        {
            var table = await store.GetTableAsync(name, call.Token);
            TResult result;
            try
            {
                result = await operation(table, call.Token);
            }
            catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
            {
                await store.RecreateAsync(name, call.Token);
                result = await operation(table, call.Token);
            }

            store.Answered(true);
            return result;
        }
        catch (Exception e) when (StorageUnavailableException.IsStorageFailure(e) || call.Expired(e))
        {
            store.Answered(false);
            throw new StorageUnavailableException(call.Expired(e) ? new TimeoutException("table storage did not answer within the turn's time limit") : e);
        }
    }

    private async Task RunAsync(Func<TableClient, CancellationToken, Task> operation, CancellationToken ct) => await RunAsync(async (table, token) =>
    {
        await operation(table, token);
        return true;
    }, ct);
}
