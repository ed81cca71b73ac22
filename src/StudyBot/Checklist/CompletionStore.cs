using Azure;
using Azure.Data.Tables;
using StudyBot.Storage;

namespace StudyBot.Checklist;

/// <summary>A learner's completion of one checklist item.</summary>
/// <param name="Cohort">The cohort whose index mirrors this completion ("" = personal, no index row).</param>
public sealed record Completion(string ItemId, string Track, DateTimeOffset CompletedAt, string? Note, string Cohort);

/// <summary>One completion as the cohort index holds it.</summary>
public sealed record CohortCompletion(string ItemId, string LearnerKey, DateTimeOffset CompletedAt);

/// <summary>The outcome of recording one completion.</summary>
/// <param name="IsNew">False when it was already recorded (the first timestamp is kept).</param>
public sealed record RecordResult(string ItemId, bool IsNew, DateTimeOffset CompletedAt);

/// <summary>What a <c>/done</c> or <c>/undo</c> changed, and every item the learner has done afterwards.</summary>
public sealed record ChangeResult<T>(IReadOnlyList<T> PerItem, IReadOnlySet<string> DoneIds);

/// <summary>Checklist rows in Azure Table Storage. Completions are insert-only rows with deterministic keys, so a
/// duplicate or concurrent <c>/done</c> is a 409 and never a second row; the cohort index is written after the
/// completion and removed before it, so a failure half-way is repaired by repeating the command.</summary>
/// <remarks>Tables: <c>Completions</c> PK learner key, RK item id; <c>CohortCompletions</c> PK cohort, RK
/// <c>{item}~{learner key}</c> (a cohort's figures are one partition query, an item's finishers one row-key range).
/// A change reads the learner's partition once (what is done already, and the reply's figures) and then writes only
/// what changes: a new <c>/done</c> in a direct chat is two round trips, a repeated one a single query.</remarks>
public sealed class CompletionStore(TableStore tables)
{
    public const string CompletionsTable = "Completions";
    public const string CohortCompletionsTable = "CohortCompletions";

    private readonly Table<CompletionEntity> _completions = tables.Table<CompletionEntity>(CompletionsTable);
    private readonly Table<CohortCompletionEntity> _index = tables.Table<CohortCompletionEntity>(CohortCompletionsTable);

    /// <summary>Records each item unless the learner already completed it (then the stored one, with its first
    /// timestamp, wins). The insert decides: two turns racing on one item record it once.</summary>
    public async Task<ChangeResult<RecordResult>> RecordAsync(string learnerKey, IReadOnlyList<(string ItemId, string Track)> items, string cohort, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await ReadPartitionAsync(learnerKey, ct);
        var fresh = items.Where(i => !existing.ContainsKey(i.ItemId)).DistinctBy(i => i.ItemId)
            .ToDictionary(i => i.ItemId, i => new CompletionEntity { PartitionKey = learnerKey, RowKey = i.ItemId, Track = i.Track, CompletedAt = now, Note = note, Cohort = cohort, WriteId = Guid.NewGuid().ToString("N") }, StringComparer.Ordinal);

        // Several new items: one transaction, so the command records all of them or none. If a concurrent turn got
        // one in first, each is decided on its own below (with the same write ids).
        var recorded = fresh.Count > 1 && await _completions.TrySubmitAsync(fresh.Values.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)).ToArray(), ct);
        if (recorded && cohort.Length > 0)
        {
            await _index.TrySubmitAsync(fresh.Values.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, CohortCompletionEntity.Of(r))).ToArray(), ct);
        }

        var results = await Task.WhenAll(items.Select(item =>
            existing.TryGetValue(item.ItemId, out var row) ? RepairIndexAsync(row, ct)
            : recorded ? Task.FromResult(new RecordResult(item.ItemId, true, now))
            : RecordAsync(fresh[item.ItemId], ct)));
        return new(results, existing.Keys.Concat(items.Select(i => i.ItemId)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Removes each item the learner completed (false for one that was not done).</summary>
    public async Task<ChangeResult<bool>> RemoveAsync(string learnerKey, IReadOnlyList<string> itemIds, CancellationToken ct)
    {
        var existing = await ReadPartitionAsync(learnerKey, ct);
        var removed = await Task.WhenAll(itemIds.Select(async id =>
        {
            if (!existing.TryGetValue(id, out var row))
            {
                return false;
            }

            await DeleteRowAsync(row, ct);
            return true;
        }));
        return new(removed, existing.Keys.Except(itemIds, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal));
    }

    private async Task<RecordResult> RecordAsync(CompletionEntity entity, CancellationToken ct)
    {
        var result = new RecordResult(entity.RowKey, true, entity.CompletedAt);
        while (await _completions.TryAddAsync(entity, ct) is null)
        {
            // Removed again between the conflict and this read (a concurrent /undo): insert again.
            if (await _completions.GetAsync(entity.PartitionKey, entity.RowKey, ct) is not { } existing)
            {
                continue;
            }

            // The same write id means the SDK retried an insert whose first answer was lost (or a transaction of this
            // turn went through): it is ours.
            result = new RecordResult(entity.RowKey, existing.WriteId == entity.WriteId, existing.CompletedAt);
            entity = existing;
            break;
        }

        // Also on a duplicate: repairs the index if an earlier attempt stopped after the completion row.
        if (entity.Cohort.Length > 0)
        {
            await _index.TryAddAsync(CohortCompletionEntity.Of(entity), ct);
        }

        return result;
    }

    /// <summary>An item done before: nothing to write, except the index row an earlier attempt may not have written.</summary>
    private async Task<RecordResult> RepairIndexAsync(CompletionEntity row, CancellationToken ct)
    {
        if (row.Cohort.Length > 0)
        {
            await _index.TryAddAsync(CohortCompletionEntity.Of(row), ct);
        }

        return new RecordResult(row.RowKey, false, row.CompletedAt);
    }

    private async Task<Dictionary<string, CompletionEntity>> ReadPartitionAsync(string learnerKey, CancellationToken ct) =>
        (await _completions.QueryPartitionAsync(learnerKey, ct)).ToDictionary(r => r.RowKey, StringComparer.Ordinal);

    /// <summary>All of a learner's completions (one partition).</summary>
    public async Task<IReadOnlyList<Completion>> GetCompletionsAsync(string learnerKey, CancellationToken ct) =>
        (await _completions.QueryPartitionAsync(learnerKey, ct)).Select(r => r.ToCompletion()).ToArray();

    /// <summary>Deletes the learner's completions and their cohort index rows; returns what was deleted.</summary>
    public async Task<IReadOnlyList<Completion>> ForgetAsync(string learnerKey, CancellationToken ct)
    {
        var rows = await _completions.QueryPartitionAsync(learnerKey, ct);
        await Task.WhenAll(rows.Select(r => DeleteRowAsync(r, ct)));
        return rows.Select(r => r.ToCompletion()).ToArray();
    }

    /// <summary>Every completion in the cohort (one partition).</summary>
    public async Task<IReadOnlyList<CohortCompletion>> GetCohortCompletionsAsync(string cohortId, CancellationToken ct) =>
        (await _index.QueryPartitionAsync(cohortId, ct)).Select(r => new CohortCompletion(r.ItemId, r.LearnerKey, r.CompletedAt)).ToArray();

    /// <summary>The learners of the cohort who completed <paramref name="itemId"/> (a row-key range of one partition).</summary>
    public async Task<IReadOnlySet<string>> GetLearnersWhoCompletedAsync(string cohortId, string itemId, CancellationToken ct)
    {
        // '~' + 1 = '\u007f': every row key that starts with "{item}~".
        var rows = await _index.QueryPartitionAsync(cohortId, ct, rowKeyFrom: itemId + "~", rowKeyTo: itemId + "\u007f", select: [nameof(CohortCompletionEntity.LearnerKey)]);
        return rows.Select(r => r.LearnerKey).ToHashSet(StringComparer.Ordinal);
    }

    public static string CohortRowKey(string itemId, string learnerKey) => $"{itemId}~{learnerKey}";

    private async Task DeleteRowAsync(CompletionEntity row, CancellationToken ct)
    {
        // Index first: a failure after it leaves the completion, and repeating the command finishes the job.
        if (row.Cohort.Length > 0)
        {
            await _index.DeleteAsync(row.Cohort, CohortRowKey(row.RowKey, row.PartitionKey), ct);
        }

        await _completions.DeleteAsync(row.PartitionKey, row.RowKey, ct);
    }

    internal sealed class CompletionEntity : TableRow
    {
        public string Track { get; set; } = string.Empty;

        public DateTimeOffset CompletedAt { get; set; }

        public string? Note { get; set; }

        public string Cohort { get; set; } = string.Empty;

        /// <summary>Unique per insert: a 409 on a row carrying our own id means the SDK retried an insert whose first
        /// response was lost — it is our completion, not an earlier one.</summary>
        public string WriteId { get; set; } = string.Empty;

        public Completion ToCompletion() => new(RowKey, Track, CompletedAt, Note, Cohort);
    }

    internal sealed class CohortCompletionEntity : TableRow
    {
        public string ItemId { get; set; } = string.Empty;

        public string LearnerKey { get; set; } = string.Empty;

        public DateTimeOffset CompletedAt { get; set; }

        public static CohortCompletionEntity Of(CompletionEntity c) => new()
        {
            PartitionKey = c.Cohort,
            RowKey = CohortRowKey(c.RowKey, c.PartitionKey),
            ItemId = c.RowKey,
            LearnerKey = c.PartitionKey,
            CompletedAt = c.CompletedAt,
        };
    }
}
