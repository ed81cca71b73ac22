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

/// <summary>Checklist rows in Azure Table Storage. Completions are insert-only rows with deterministic keys, so a
/// duplicate or concurrent <c>/done</c> is a 409 and never a second row; the cohort index is written after the
/// completion and removed before it, so a failure half-way is repaired by repeating the command.</summary>
/// <remarks>Tables: <c>Completions</c> PK learner key, RK item id; <c>CohortCompletions</c> PK cohort, RK
/// <c>{item}~{learner key}</c> (a cohort's figures are one partition query, an item's finishers one row-key range).</remarks>
public sealed class CompletionStore(TableStore tables)
{
    public const string CompletionsTable = "Completions";
    public const string CohortCompletionsTable = "CohortCompletions";

    private readonly Table<CompletionEntity> _completions = tables.Table<CompletionEntity>(CompletionsTable);
    private readonly Table<CohortCompletionEntity> _index = tables.Table<CohortCompletionEntity>(CohortCompletionsTable);

    /// <summary>Records the completion unless it exists (then the stored one, with its first timestamp, wins).</summary>
    public async Task<RecordResult> RecordAsync(string learnerKey, string itemId, string track, string cohort, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var entity = new CompletionEntity { PartitionKey = learnerKey, RowKey = itemId, Track = track, CompletedAt = now, Note = note, Cohort = cohort, WriteId = Guid.NewGuid().ToString("N") };
        var result = new RecordResult(itemId, true, now);
        while (await _completions.TryAddAsync(entity, ct) is null)
        {
            // Removed again between the conflict and this read (a concurrent /undo): insert again.
            if (await _completions.GetAsync(learnerKey, itemId, ct) is not { } existing)
            {
                continue;
            }

            // The same write id means the SDK retried an insert whose first answer was lost: it is ours.
            result = new RecordResult(itemId, existing.WriteId == entity.WriteId, existing.CompletedAt);
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

    /// <summary>Removes the completion; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string learnerKey, string itemId, CancellationToken ct)
    {
        if (await _completions.GetAsync(learnerKey, itemId, ct) is not { } row)
        {
            return false;
        }

        await DeleteRowAsync(row, ct);
        return true;
    }

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
