using System.Net;
using Azure;
using Azure.Data.Tables;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Checklist;

/// <summary>A learner's completion of one checklist item. Table <c>Completions</c>: PK = learner key, RK = item id.</summary>
public sealed class CompletionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Track { get; set; } = string.Empty;

    public DateTimeOffset CompletedAt { get; set; }

    public string? Note { get; set; }

    /// <summary>The cohort whose index row mirrors this completion ("" = personal, no index row).</summary>
    public string Cohort { get; set; } = string.Empty;

    /// <summary>Unique per insert: a 409 on a row carrying our own id means the SDK retried an insert whose first
    /// response was lost — it is our completion, not an earlier one.</summary>
    public string WriteId { get; set; } = string.Empty;

    public string ItemId => RowKey;
}

/// <summary>Cohort index of a completion. Table <c>CohortCompletions</c>: PK = cohort, RK = <c>{item}~{learner key}</c>.</summary>
public sealed class CohortCompletionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ItemId { get; set; } = string.Empty;

    public string LearnerKey { get; set; } = string.Empty;

    public DateTimeOffset CompletedAt { get; set; }
}

/// <summary>A learner seen in a cohort's channel. Table <c>CohortMembers</c>: PK = cohort, RK = learner key.</summary>
public sealed class CohortMemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>The learner's last known cohort. Table <c>Learners</c>: PK = learner key, RK = <c>cohort</c>.</summary>
public sealed class LearnerCohortEntity : ITableEntity
{
    public const string Row = "cohort";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CohortId { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Table storage did not answer (down, timed out, retries exhausted): the caller must not report success.</summary>
public sealed class StorageUnavailableException(Exception inner) : Exception("table storage unavailable", inner);

/// <summary>The outcome of recording one completion.</summary>
/// <param name="IsNew">False when it was already recorded (the first timestamp is kept).</param>
public sealed record RecordResult(string ItemId, bool IsNew, DateTimeOffset CompletedAt);

/// <summary>Checklist rows in Azure Table Storage. Completions are insert-only rows with deterministic keys, so a
/// duplicate or concurrent <c>/done</c> is a 409 and never a second row; the cohort index is written after the
/// completion and removed before it, so a failure half-way is repaired by repeating the command.</summary>
public sealed class CompletionStore(TableStore tables)
{
    public const string CompletionsTable = "Completions";
    public const string CohortCompletionsTable = "CohortCompletions";
    public const string CohortMembersTable = "CohortMembers";
    public const string LearnersTable = "Learners";

    /// <summary>Records the completion unless it exists (then the stored one, with its first timestamp, wins).</summary>
    public Task<RecordResult> RecordAsync(string learnerKey, string itemId, string track, string cohort, string? note, DateTimeOffset now, CancellationToken ct) => Guard(async () =>
    {
        var completions = await Table(CompletionsTable, ct);
        var entity = new CompletionEntity { PartitionKey = learnerKey, RowKey = itemId, Track = track, CompletedAt = now, Note = note, Cohort = cohort, WriteId = Guid.NewGuid().ToString("N") };
        var result = new RecordResult(itemId, true, now);
        try
        {
            await completions.AddEntityAsync(entity, ct);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            var existing = (await completions.GetEntityAsync<CompletionEntity>(learnerKey, itemId, cancellationToken: ct)).Value;
            result = new RecordResult(itemId, existing.WriteId == entity.WriteId, existing.CompletedAt);
            entity = existing;
        }

        // Also on a duplicate: repairs the index if an earlier attempt stopped after the completion row.
        if (entity.Cohort.Length > 0)
        {
            await AddIgnoringConflictAsync(await Table(CohortCompletionsTable, ct), new CohortCompletionEntity
            {
                PartitionKey = entity.Cohort,
                RowKey = CohortRowKey(itemId, learnerKey),
                ItemId = itemId,
                LearnerKey = learnerKey,
                CompletedAt = entity.CompletedAt,
            }, ct);
        }

        return result;
    });

    /// <summary>Removes the completion; false when there was none.</summary>
    public Task<bool> RemoveAsync(string learnerKey, string itemId, CancellationToken ct) => Guard(async () =>
    {
        var completions = await Table(CompletionsTable, ct);
        var existing = await completions.GetEntityIfExistsAsync<CompletionEntity>(learnerKey, itemId, cancellationToken: ct);
        if (!existing.HasValue || existing.Value is not { } row)
        {
            return false;
        }

        await DeleteRowAsync(row, ct);
        return true;
    });

    /// <summary>All of a learner's completions (one partition).</summary>
    public Task<IReadOnlyList<CompletionEntity>> GetCompletionsAsync(string learnerKey, CancellationToken ct) => Guard(async () =>
    {
        var completions = await Table(CompletionsTable, ct);
        var rows = new List<CompletionEntity>();
        await foreach (var row in completions.QueryAsync<CompletionEntity>(e => e.PartitionKey == learnerKey, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return (IReadOnlyList<CompletionEntity>)rows;
    });

    /// <summary>Deletes every row about the learner (completions, their cohort index rows, memberships); returns the
    /// number of completions deleted.</summary>
    public Task<int> ForgetAsync(string learnerKey, CancellationToken ct) => Guard(async () =>
    {
        var rows = await GetCompletionsAsync(learnerKey, ct);
        await Task.WhenAll(rows.Select(r => DeleteRowAsync(r, ct)));

        var learners = await Table(LearnersTable, ct);
        var membership = await learners.GetEntityIfExistsAsync<LearnerCohortEntity>(learnerKey, LearnerCohortEntity.Row, cancellationToken: ct);
        if (membership.HasValue && membership.Value is { } m)
        {
            await (await Table(CohortMembersTable, ct)).DeleteEntityAsync(m.CohortId, learnerKey, ETag.All, ct);
            await learners.DeleteEntityAsync(learnerKey, LearnerCohortEntity.Row, ETag.All, ct);
        }

        // Memberships of cohorts the learner left earlier are found through their completions' cohorts.
        var members = await Table(CohortMembersTable, ct);
        await Task.WhenAll(rows.Select(r => r.Cohort).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(c => members.DeleteEntityAsync(c, learnerKey, ETag.All, ct)));
        return rows.Count;
    });

    /// <summary>Remembers which learner a channel-specific user id stands for (Teams <c>29:…</c> → the AAD-keyed learner).
    /// Table <c>Learners</c>: PK = the channel id's learner key, RK = <c>alias</c>.</summary>
    public Task RememberAliasAsync(string channelUserKey, string learnerKey, CancellationToken ct) => Guard(async () =>
    {
        var learners = await Table(LearnersTable, ct);
        await learners.UpsertEntityAsync(new TableEntity(channelUserKey, AliasRow) { ["LearnerKey"] = learnerKey }, TableUpdateMode.Replace, ct);
    });

    /// <summary>The learner a channel-specific user key stands for, or the key itself when there is no alias.</summary>
    public Task<string> ResolveAliasAsync(string channelUserKey, CancellationToken ct) => Guard(async () =>
    {
        var learners = await Table(LearnersTable, ct);
        var row = await learners.GetEntityIfExistsAsync<TableEntity>(channelUserKey, AliasRow, cancellationToken: ct);
        return row.HasValue && row.Value!.GetString("LearnerKey") is { Length: > 0 } key ? key : channelUserKey;
    });

    public Task ForgetAliasAsync(string channelUserKey, CancellationToken ct) => Guard(async () =>
    {
        var learners = await Table(LearnersTable, ct);
        await learners.DeleteEntityAsync(channelUserKey, AliasRow, ETag.All, ct);
    });

    private const string AliasRow = "alias";

    /// <summary>The learner's last known cohort, if any.</summary>
    public Task<string?> GetLastCohortAsync(string learnerKey, CancellationToken ct) => Guard(async () =>
    {
        var learners = await Table(LearnersTable, ct);
        var row = await learners.GetEntityIfExistsAsync<LearnerCohortEntity>(learnerKey, LearnerCohortEntity.Row, cancellationToken: ct);
        return row.HasValue && row.Value is { CohortId.Length: > 0 } r ? r.CohortId : null;
    });

    /// <summary>Remembers that the learner acted in <paramref name="cohortId"/>'s channel. Two turns of the same learner
    /// can race here (Teams and Slack at once), so the row is created with an insert and changed with If-Match.</summary>
    public Task JoinCohortAsync(string learnerKey, string cohortId, string? name, DateTimeOffset now, CancellationToken ct) => Guard(async () =>
    {
        var learners = await Table(LearnersTable, ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await learners.GetEntityIfExistsAsync<LearnerCohortEntity>(learnerKey, LearnerCohortEntity.Row, cancellationToken: ct);
            if (current.HasValue && current.Value!.CohortId == cohortId)
            {
                return;
            }

            // Member row first: if the learner row were written first and this failed, no later turn would retry it.
            await AddIgnoringConflictAsync(await Table(CohortMembersTable, ct), new CohortMemberEntity { PartitionKey = cohortId, RowKey = learnerKey, Name = name, JoinedAt = now }, ct);
            try
            {
                if (current.HasValue)
                {
                    var row = current.Value!;
                    row.CohortId = cohortId;
                    row.UpdatedAt = now;
                    await learners.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
                }
                else
                {
                    await learners.AddEntityAsync(new LearnerCohortEntity { PartitionKey = learnerKey, CohortId = cohortId, UpdatedAt = now }, ct);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Another turn changed the row since we read it: read again and decide again.
            }
        }
    });

    /// <summary>The cohort's learners seen in its channels.</summary>
    public Task<IReadOnlyList<CohortMemberEntity>> GetMembersAsync(string cohortId, CancellationToken ct) => Guard(async () =>
    {
        var members = await Table(CohortMembersTable, ct);
        var rows = new List<CohortMemberEntity>();
        await foreach (var row in members.QueryAsync<CohortMemberEntity>(e => e.PartitionKey == cohortId, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return (IReadOnlyList<CohortMemberEntity>)rows;
    });

    /// <summary>Every completion in the cohort (one partition).</summary>
    public Task<IReadOnlyList<CohortCompletionEntity>> GetCohortCompletionsAsync(string cohortId, CancellationToken ct) => Guard(async () =>
    {
        var index = await Table(CohortCompletionsTable, ct);
        var rows = new List<CohortCompletionEntity>();
        await foreach (var row in index.QueryAsync<CohortCompletionEntity>(e => e.PartitionKey == cohortId, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return (IReadOnlyList<CohortCompletionEntity>)rows;
    });

    /// <summary>The learners of the cohort who completed <paramref name="itemId"/> (a row-key range of one partition).</summary>
    public Task<IReadOnlySet<string>> GetLearnersWhoCompletedAsync(string cohortId, string itemId, CancellationToken ct) => Guard(async () =>
    {
        var index = await Table(CohortCompletionsTable, ct);
        var from = itemId + "~";
        var to = itemId + "\u007f"; // '~' + 1: every row key that starts with "{item}~"
        var learners = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in index.QueryAsync<CohortCompletionEntity>(
                           e => e.PartitionKey == cohortId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
                           select: [nameof(CohortCompletionEntity.LearnerKey)], cancellationToken: ct))
        {
            learners.Add(row.LearnerKey);
        }

        return (IReadOnlySet<string>)learners;
    });

    public static string CohortRowKey(string itemId, string learnerKey) => $"{itemId}~{learnerKey}";

    private async Task DeleteRowAsync(CompletionEntity row, CancellationToken ct)
    {
        // Index first: a failure after it leaves the completion, and repeating the command finishes the job.
        if (row.Cohort.Length > 0)
        {
            await (await Table(CohortCompletionsTable, ct)).DeleteEntityAsync(row.Cohort, CohortRowKey(row.RowKey, row.PartitionKey), ETag.All, ct);
        }

        await (await Table(CompletionsTable, ct)).DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
    }

    private static async Task AddIgnoringConflictAsync<T>(TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            await table.AddEntityAsync(entity, ct);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
        }
    }

    private Task<TableClient> Table(string name, CancellationToken ct) => tables.GetTableAsync(name, ct);

    /// <summary>Turns "storage did not answer" (HTTP errors other than the handled 404/409/412, connection failures,
    /// exhausted retries, network timeouts) into <see cref="StorageUnavailableException"/>.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            try
            {
                return await operation();
            }
            catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
            {
                // The tables were created once per process; a store that lost them (deleted, emulator reset) gets
                // them back and the operation runs again (every operation here is safe to repeat).
                await Task.WhenAll(new[] { CompletionsTable, CohortCompletionsTable, CohortMembersTable, LearnersTable }
                    .Select(async name => await (await Table(name, CancellationToken.None)).CreateIfNotExistsAsync()));
                return await operation();
            }
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw new StorageUnavailableException(e);
        }
    }

    private async Task Guard(Func<Task> operation) => await Guard(async () =>
    {
        await operation();
        return true;
    });

    internal static bool IsStorageFailure(Exception e) => e switch
    {
        StorageUnavailableException => false,
        RequestFailedException => true,
        HttpRequestException or IOException or TimeoutException => true,

        // Azure.Core throws an AggregateException when its retries are exhausted.
        AggregateException a => a.InnerExceptions.All(IsStorageFailure),

        // A network timeout inside the SDK surfaces as a cancellation the caller did not ask for.
        TaskCanceledException { InnerException: { } inner } => IsStorageFailure(inner),
        _ => false,
    };
}
