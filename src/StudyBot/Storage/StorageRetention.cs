using System.ComponentModel.DataAnnotations;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Quartz;

namespace StudyBot.Storage;

/// <summary><c>Storage:Retention</c>: how long rows that only exist for deduplication or bookkeeping are kept.</summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Storage:Retention";

    /// <summary>Table name → age after which its rows are removed (by their last write, the row's Timestamp). Defaults:
    /// Slack event ids 7 days (Slack retries within minutes), reminder deliveries 90 days (the operator's history of who
    /// got which reminder). Setting a table here replaces its default; <c>00:00:00</c> keeps its rows forever.</summary>
    public Dictionary<string, TimeSpan> Tables { get; set; } = [];

    /// <summary>Quartz cron of the daily run (UTC).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";

    public static readonly IReadOnlyDictionary<string, TimeSpan> Defaults = new Dictionary<string, TimeSpan>
    {
        ["SlackEvents"] = TimeSpan.FromDays(7),
        ["ReminderDeliveries"] = TimeSpan.FromDays(90),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (table, age) in Tables.Where(t => t.Value < TimeSpan.Zero))
        {
            yield return new ValidationResult($"{age} is negative (00:00:00 keeps the rows forever).", [$"{nameof(Tables)}:{table}"]);
        }

        if (!CronExpression.TryParse(Schedule, out _))
        {
            yield return new ValidationResult($"'{Schedule}' is not a Quartz cron expression (e.g. 0 30 3 * * ?).", [nameof(Schedule)]);
        }
    }

    public IReadOnlyDictionary<string, TimeSpan> Effective() =>
        Defaults.Concat(Tables).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}

/// <summary>Removes rows past their retention. Safe on several replicas: the first replica to insert today's claim row
/// in <c>Housekeeping</c> does the day's run (the others skip it), and every delete is idempotent, so a replica that
/// died half-way leaves nothing inconsistent — the next day's run removes what is left.</summary>
public sealed class StorageRetention(TableStore tables, TimeProvider time, IOptions<RetentionOptions> options, ILogger<StorageRetention> logger)
{
    public const string ClaimsTable = "Housekeeping";

    private readonly Table<ClaimRow> _claims = tables.Table<ClaimRow>(ClaimsTable);

    /// <summary>Rows removed per table, or null when another replica already claimed today's run.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // A token per run tells this run's claim from any other (another replica's, or an earlier run today) when an
        // insert whose answer was lost is retried by the SDK and meets itself (409).
        var claim = new ClaimRow { PartitionKey = "retention", RowKey = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ClaimedAt = now, Owner = Guid.NewGuid().ToString("N") };
        if (await _claims.TryAddAsync(claim, ct) is null && (await _claims.GetAsync(claim.PartitionKey, claim.RowKey, ct))?.Owner != claim.Owner)
        {
            return null; // another replica does today's run
        }

        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, age) in options.Value.Effective().Where(kv => kv.Value > TimeSpan.Zero))
        {
            var table = tables.Table<KeyRow>(name);
            var old = await table.QueryAsync(TableClient.CreateQueryFilter($"Timestamp lt {now - age}"), ["PartitionKey", "RowKey"], ct);
            foreach (var row in old)
            {
                await table.DeleteAsync(row.PartitionKey, row.RowKey, ct);
            }

            removed[name] = old.Count;
        }

        logger.LogInformation("Retention: removed {Removed}", string.Join(", ", removed.Select(kv => $"{kv.Value} {kv.Key} rows older than {options.Value.Effective()[kv.Key].TotalDays:0.#} d")));
        return removed;
    }

    internal sealed class ClaimRow : TableRow
    {
        public DateTimeOffset ClaimedAt { get; set; }

        public string? Owner { get; set; }
    }

    internal sealed class KeyRow : TableRow;
}

/// <summary>The daily Quartz trigger of <see cref="StorageRetention"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class StorageRetentionJob(StorageRetention retention, ILogger<StorageRetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await retention.RunAsync(cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Retention run skipped: table storage unavailable ({Reason})", e.Message);
        }
    }
}
