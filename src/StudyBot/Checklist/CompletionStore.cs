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
/// <remarks>Tables: <c>Completions</c> PK learner key, RK item id, plus the learner's change stamp (RK
/// <see cref="StampRow"/>, no columns) that every write to the partition rewrites in the same transaction, so its ETag
/// changes whenever the learner's completions do; <c>CohortCompletions</c> PK cohort, RK <c>{item}~{learner key}</c>
/// (a cohort's figures are one partition query, an item's finishers one row-key range).
/// The learner's partition as last read or written here is cached (<see cref="TableStore.Cache{TValue}"/>) with the
/// stamp's ETag; a <c>/done</c> of items the copy says are new inserts them with the stamp If-Match that ETag, so one
/// transaction both records them and proves the copy current (the reply's figures come from it). In steady state a new
/// <c>/done</c> is one round trip in a direct chat and two in a cohort channel (the cohort index row). Anything else
/// reads the partition first: a copy that says an item is done already (another replica's <c>/undo</c> may have
/// removed it), a stamp that changed (another replica's write: 412), no copy.</remarks>
public sealed class CompletionStore(TableStore tables)
{
    public const string CompletionsTable = "Completions";
    public const string CohortCompletionsTable = "CohortCompletions";

    /// <summary>Row key of the learner's change stamp ('~' is in no item id: the cohort index joins item and learner with it).</summary>
    public const string StampRow = "~stamp";

    private readonly Table<CompletionEntity> _completions = tables.Table<CompletionEntity>(CompletionsTable);
    private readonly Table<CohortCompletionEntity> _index = tables.Table<CohortCompletionEntity>(CohortCompletionsTable);

    // Learner key → the learner's completions as this process last read or wrote them, with the stamp's ETag then.
    private readonly TtlCache<LearnerRows> _learners = tables.Cache<LearnerRows>();

    /// <summary>Records each item unless the learner already completed it (then the stored one, with its first
    /// timestamp, wins). The insert decides: two turns racing on one item record it once.</summary>
    public async Task<ChangeResult<RecordResult>> RecordAsync(string learnerKey, IReadOnlyList<(string ItemId, string Track)> items, string cohort, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var entities = items.DistinctBy(i => i.ItemId)
            .ToDictionary(i => i.ItemId, i => new CompletionEntity { PartitionKey = learnerKey, RowKey = i.ItemId, Track = i.Track, CompletedAt = now, Note = note, Cohort = cohort, WriteId = Guid.NewGuid().ToString("N") }, StringComparer.Ordinal);
        var fromCopy = _learners.TryGet(learnerKey, out var copy) && !entities.Keys.Any(copy.Rows.ContainsKey);
        var known = fromCopy ? copy : await ReadPartitionAsync(learnerKey, ct);
        while (true)
        {
            var fresh = entities.Values.Where(e => !known.Rows.ContainsKey(e.RowKey)).ToArray();
            if (fresh.Length == 0)
            {
                break;
            }

            // The new items in one transaction with the stamp If-Match the copy's ETag: all of them or none, and the copy
            // is what storage holds. Refused when the partition changed since (or a concurrent turn got an item in first).
            if (await _completions.TrySubmitAsync([.. fresh.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), StampIfUnchanged(learnerKey, known.Stamp)], ct) is { } etags)
            {
                var rows = new Dictionary<string, CompletionEntity>(known.Rows, StringComparer.Ordinal);
                foreach (var row in fresh)
                {
                    rows[row.RowKey] = row;
                }

                _learners.Set(learnerKey, new LearnerRows(rows, etags[^1]));
                if (cohort.Length > 0)
                {
                    await (fresh.Length == 1
                        ? (Task)_index.TryAddAsync(CohortCompletionEntity.Of(fresh[0]), ct)
                        : _index.TrySubmitAsync(fresh.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, CohortCompletionEntity.Of(r))).ToArray(), ct));
                }

                return new(await Task.WhenAll(items.Select(i => known.Rows.TryGetValue(i.ItemId, out var row) ? RepairIndexAsync(row, isNew: false, ct) : Task.FromResult(new RecordResult(i.ItemId, true, now)))), rows.Keys.ToHashSet(StringComparer.Ordinal));
            }

            // A copy another replica's write made stale: read and try once more. After a read, a refusal means a
            // concurrent turn of the learner: each item is decided by its own insert below, and the stamp is rewritten
            // without a condition there, so no copy is kept.
            _learners.Remove(learnerKey);
            if (!fromCopy)
            {
                break;
            }

            fromCopy = false;
            known = await ReadPartitionAsync(learnerKey, ct);
        }

        // The same write id on a stored row: this turn's (the SDK retried a transaction whose first answer was lost).
        var results = await Task.WhenAll(items.Select(item =>
            known.Rows.TryGetValue(item.ItemId, out var row) ? RepairIndexAsync(row, isNew: row.WriteId == entities[item.ItemId].WriteId, ct)
            : RecordAsync(entities[item.ItemId], ct)));
        return new(results, known.Rows.Keys.Concat(items.Select(i => i.ItemId)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Removes each item the learner completed (false for one that was not done).</summary>
    public async Task<ChangeResult<bool>> RemoveAsync(string learnerKey, IReadOnlyList<string> itemIds, CancellationToken ct)
    {
        var existing = (await ReadPartitionAsync(learnerKey, ct)).Rows;
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
        while (await _completions.TrySubmitAsync([new TableTransactionAction(TableTransactionActionType.Add, entity), Stamp(entity.PartitionKey)], ct) is null)
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

    /// <summary>An item stored already: nothing to write, except the index row an earlier attempt may not have written.</summary>
    private async Task<RecordResult> RepairIndexAsync(CompletionEntity row, bool isNew, CancellationToken ct)
    {
        if (row.Cohort.Length > 0)
        {
            await _index.TryAddAsync(CohortCompletionEntity.Of(row), ct);
        }

        return new RecordResult(row.RowKey, isNew, row.CompletedAt);
    }

    /// <summary>The learner's partition (completions and the stamp's ETag), kept as the cached copy.</summary>
    private async Task<LearnerRows> ReadPartitionAsync(string learnerKey, CancellationToken ct)
    {
        var rows = await _completions.QueryPartitionAsync(learnerKey, ct);
        var read = new LearnerRows(
            rows.Where(r => r.RowKey != StampRow).ToDictionary(r => r.RowKey, StringComparer.Ordinal),
            rows.FirstOrDefault(r => r.RowKey == StampRow)?.ETag);
        _learners.Set(learnerKey, read);
        return read;
    }

    /// <summary>Rewrites the stamp if it still has <paramref name="etag"/> (creates it if there was none).</summary>
    private static TableTransactionAction StampIfUnchanged(string learnerKey, ETag? etag) => etag is { } current
        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, new StampEntity { PartitionKey = learnerKey }, current)
        : new TableTransactionAction(TableTransactionActionType.Add, new StampEntity { PartitionKey = learnerKey });

    /// <summary>Rewrites the stamp whatever it was (a write whose rows decide by themselves: cached copies learn of it).</summary>
    private static TableTransactionAction Stamp(string learnerKey) =>
        new(TableTransactionActionType.UpsertReplace, new StampEntity { PartitionKey = learnerKey });

    /// <summary>All of a learner's completions (one partition).</summary>
    public async Task<IReadOnlyList<Completion>> GetCompletionsAsync(string learnerKey, CancellationToken ct) =>
        (await ReadPartitionAsync(learnerKey, ct)).Rows.Values.Select(r => r.ToCompletion()).ToArray();

    /// <summary>Deletes the learner's completions and their cohort index rows; returns what was deleted.</summary>
    public async Task<IReadOnlyList<Completion>> ForgetAsync(string learnerKey, CancellationToken ct)
    {
        var rows = (await ReadPartitionAsync(learnerKey, ct)).Rows.Values.ToArray();
        await Task.WhenAll(rows.Select(r => DeleteRowAsync(r, ct)));
        await _completions.DeleteAsync(learnerKey, StampRow, ct);
        _learners.Remove(learnerKey);
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

        // With the stamp (cached copies learn of it); refused only when the row is gone already.
        await _completions.TrySubmitAsync([new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), ETag.All), Stamp(row.PartitionKey)], ct);
        _learners.Remove(row.PartitionKey);
    }

    /// <summary>A learner's completions by item id, and the ETag of the partition's stamp (null: none stored).</summary>
    private sealed record LearnerRows(IReadOnlyDictionary<string, CompletionEntity> Rows, ETag? Stamp);

    /// <summary>The change stamp: keys only.</summary>
    internal sealed class StampEntity : TableRow
    {
        public StampEntity() => RowKey = StampRow;
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
