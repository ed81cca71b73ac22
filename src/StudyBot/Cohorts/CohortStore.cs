using System.Globalization;
using Azure;
using Azure.Data.Tables;
using StudyBot.Storage;

namespace StudyBot.Cohorts;

/// <summary>Cohorts and their channel subscriptions in table storage.</summary>
/// <remarks>Tables (keys escaped with <see cref="TableKeys.Escape"/>):
/// <c>Cohorts</c> PK "cohort", RK cohort id;
/// <c>Subscriptions</c> PK cohort id, RK conversation key (listing a cohort's channels is one partition query);
/// <c>SubscriptionIndex</c> PK conversation key, RK "cohort" → cohort id (finding a conversation's cohort is one point read).
/// Which cohort a conversation belongs to is read on every turn, so it is cached (<see cref="TableStore.Cache{TValue}"/>).</remarks>
public sealed class CohortStore(TableStore tables, TimeProvider time)
{
    public const string CohortsTable = "Cohorts";
    public const string SubscriptionsTable = "Subscriptions";
    public const string SubscriptionIndexTable = "SubscriptionIndex";

    private readonly Table<CohortEntity> _cohorts = tables.Table<CohortEntity>(CohortsTable);
    private readonly Table<TableEntity> _subscriptions = tables.Table<TableEntity>(SubscriptionsTable);
    private readonly Table<SubscriptionIndexEntity> _index = tables.Table<SubscriptionIndexEntity>(SubscriptionIndexTable);

    // Conversation key → (cohort, stored serviceUrl); cohort id → cohort.
    private readonly TtlCache<(string? CohortId, string? ServiceUrl)> _byConversation = tables.Cache<(string? CohortId, string? ServiceUrl)>();
    private readonly TtlCache<Cohort?> _byId = tables.Cache<Cohort?>();

    /// <summary>The cohort as stored now (operator routes, reminders).</summary>
    public async Task<Cohort?> GetCohortAsync(string id, CancellationToken ct)
    {
        var cohort = await _cohorts.GetAsync(CohortEntity.Partition, id, ct) is { } e ? e.ToCohort() : null;
        _byId.Set(id, cohort);
        return cohort;
    }

    /// <summary>The cohort, possibly as read a moment ago (chat turns: a cohort's track, locale and zone rarely change).</summary>
    public async Task<Cohort?> FindCohortAsync(string id, CancellationToken ct) =>
        _byId.TryGet(id, out var cached) ? cached : await GetCohortAsync(id, ct);

    public async Task<IReadOnlyList<Cohort>> ListCohortsAsync(CancellationToken ct) =>
        (await _cohorts.QueryPartitionAsync(CohortEntity.Partition, ct)).Select(e => e.ToCohort()).ToArray();

    /// <summary>Creates or replaces a cohort (keeping its creation time).</summary>
    public async Task<Cohort> SaveCohortAsync(Cohort cohort, CancellationToken ct)
    {
        var existing = await GetCohortAsync(cohort.Id, ct);
        var stored = cohort with { CreatedAt = existing?.CreatedAt ?? time.GetUtcNow() };
        await _cohorts.UpsertAsync(CohortEntity.From(stored), ct);
        _byId.Set(stored.Id, stored);
        return stored;
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string cohortId, CancellationToken ct) =>
        (await _subscriptions.QueryPartitionAsync(cohortId, ct)).Select(ToSubscription).ToArray();

    public async Task<Subscription?> GetSubscriptionAsync(string cohortId, string key, CancellationToken ct) =>
        await _subscriptions.GetAsync(cohortId, TableKeys.Escape(key), ct) is { } row ? ToSubscription(row) : null;

    /// <summary>Subscribes a conversation (again: updates it, no duplicate). A conversation follows one cohort: moving
    /// it removes the old subscription.</summary>
    public async Task<Subscription> SubscribeAsync(Subscription subscription, CancellationToken ct)
    {
        var stored = subscription with { UpdatedAt = time.GetUtcNow(), Paused = false, PausedReason = null };
        var escaped = TableKeys.Escape(stored.Key);
        var previous = await _index.GetAsync(escaped, SubscriptionIndexEntity.Row, ct);
        await _subscriptions.UpsertAsync(ToRow(stored), ct);
        await _index.UpsertAsync(new SubscriptionIndexEntity { PartitionKey = escaped, CohortId = stored.CohortId }, ct);
        if (previous is { CohortId: { } old } && old != stored.CohortId)
        {
            await _subscriptions.DeleteAsync(old, escaped, ct);
        }

        _byConversation.Set(stored.Key, (stored.CohortId, stored.ServiceUrl));
        return stored;
    }

    /// <summary>Unsubscribes one conversation (subscription row and its index row); false when it was not subscribed.</summary>
    public async Task<bool> DeleteSubscriptionAsync(string cohortId, string key, CancellationToken ct)
    {
        var escaped = TableKeys.Escape(key);
        if (await _subscriptions.GetAsync(cohortId, escaped, ct) is null)
        {
            return false;
        }

        await _subscriptions.DeleteAsync(cohortId, escaped, ct);
        if (await _index.GetAsync(escaped, SubscriptionIndexEntity.Row, ct) is { } index && index.CohortId == cohortId)
        {
            await _index.DeleteAsync(escaped, SubscriptionIndexEntity.Row, ct);
        }

        ForgetCachedConversation(key);
        return true;
    }

    /// <summary>Deletes a cohort and its subscriptions. Completions and memberships are other tables and stay: learners
    /// keep their history.</summary>
    public async Task<bool> DeleteCohortAsync(string cohortId, CancellationToken ct)
    {
        if (await GetCohortAsync(cohortId, ct) is null)
        {
            return false;
        }

        foreach (var sub in await ListSubscriptionsAsync(cohortId, ct))
        {
            await DeleteSubscriptionAsync(cohortId, sub.Key, ct);
        }

        await _cohorts.DeleteAsync(CohortEntity.Partition, cohortId, ct);
        return true;
    }

    /// <summary>Pauses or resumes one subscription; nothing happens when it was removed meanwhile.</summary>
    public Task SetSubscriptionPausedAsync(string cohortId, string key, bool paused, string? reason, CancellationToken ct) =>
        ChangeSubscriptionAsync(cohortId, key, s => s with { Paused = paused, PausedReason = reason }, ct);

    /// <summary>Stores the serviceUrl a subscribed conversation now uses (Teams moves conversations between regions).</summary>
    public async Task SetServiceUrlAsync(string cohortId, string key, string serviceUrl, CancellationToken ct)
    {
        await ChangeSubscriptionAsync(cohortId, key, s => s with { ServiceUrl = serviceUrl }, ct);
        _byConversation.Set(key, (cohortId, serviceUrl));
    }

    /// <summary>The cohort whose subscription this conversation is, and the serviceUrl stored with it (cached).</summary>
    public Task<(string? CohortId, string? ServiceUrl)> FindByConversationAsync(string conversationKey, CancellationToken ct) =>
        _byConversation.GetOrLoadAsync(conversationKey, () => ReadByConversationAsync(conversationKey, ct));

    /// <summary>Reads the conversation's subscription from storage on the next lookup.</summary>
    public void ForgetCachedConversation(string conversationKey) => _byConversation.Remove(conversationKey);

    private async Task<(string? CohortId, string? ServiceUrl)> ReadByConversationAsync(string conversationKey, CancellationToken ct)
    {
        var escaped = TableKeys.Escape(conversationKey);
        var cohortId = (await _index.GetAsync(escaped, SubscriptionIndexEntity.Row, ct))?.CohortId;
        string? serviceUrl = null;
        if (cohortId is not null)
        {
            var sub = await _subscriptions.GetAsync(cohortId, escaped, ct);
            serviceUrl = sub is null ? null : ToSubscription(sub).ServiceUrl;
            cohortId = sub is null ? null : cohortId;
        }

        return (cohortId, serviceUrl);
    }

    /// <summary>Read, change, write back if nobody changed it meanwhile (else read again).</summary>
    private async Task ChangeSubscriptionAsync(string cohortId, string key, Func<Subscription, Subscription> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await _subscriptions.GetAsync(cohortId, TableKeys.Escape(key), ct) is not { } row)
            {
                return; // unsubscribed meanwhile: nothing to change
            }

            var changed = change(ToSubscription(row)) with { UpdatedAt = time.GetUtcNow() };
            if (await _subscriptions.TryReplaceAsync(ToRow(changed), row.ETag, ct) is not null)
            {
                return;
            }
        }
    }

    // A subscription row is the record as it is (Storage/RecordRows), keyed by cohort and escaped conversation key; the
    // cohort is read from the key (rows written before the record's columns were mapped by name have no CohortId column).
    private static TableEntity ToRow(Subscription s) => RecordRows<Subscription>.ToRow(s, s.CohortId, TableKeys.Escape(s.Key));

    private static Subscription ToSubscription(TableEntity row) => RecordRows<Subscription>.FromRow(row) with { CohortId = row.PartitionKey };

    private static string Date(DateOnly d) => Cohort.FormatDate(d);

    internal sealed class CohortEntity : TableRow
    {
        public const string Partition = "cohort";

        public CohortEntity() => PartitionKey = Partition;

        public string Track { get; set; } = string.Empty;

        public string StartDate { get; set; } = string.Empty;

        public string TimeZone { get; set; } = string.Empty;

        public string? Locale { get; set; }

        public string Morning { get; set; } = string.Empty;

        public string? Lab { get; set; }

        public string? Weekdays { get; set; }

        public string? SkipDates { get; set; }

        public bool Paused { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public static CohortEntity From(Cohort c) => new()
        {
            RowKey = c.Id,
            Track = c.Track,
            StartDate = Date(c.StartDate),
            TimeZone = c.TimeZone,
            Locale = c.Locale,
            Morning = Cohort.FormatTime(c.Morning),
            Lab = c.Lab is { } lab ? Cohort.FormatTime(lab) : null,
            Weekdays = string.Join(',', c.Weekdays.Select(Cohort.WeekdayName)),
            SkipDates = string.Join(',', c.SkipDates.Select(Date)),
            Paused = c.Paused,
            CreatedAt = c.CreatedAt,
        };

        public Cohort ToCohort() => new()
        {
            Id = RowKey,
            Track = Track,
            StartDate = DateOnly.ParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeZone = TimeZone,
            Locale = Locale ?? "ko",
            Morning = TimeOnly.ParseExact(Morning, "HH:mm", CultureInfo.InvariantCulture),
            Lab = Lab is { Length: > 0 } lab ? TimeOnly.ParseExact(lab, "HH:mm", CultureInfo.InvariantCulture) : null,
            Weekdays = Split(Weekdays).Select(d => Cohort.TryParseWeekday(d, out var w) ? w : throw new FormatException(d)).ToArray(),
            SkipDates = Split(SkipDates).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            Paused = Paused,
            CreatedAt = CreatedAt ?? DateTimeOffset.MinValue,
        };

        private static IEnumerable<string> Split(string? s) => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    internal sealed class SubscriptionIndexEntity : TableRow
    {
        public const string Row = "cohort";

        public SubscriptionIndexEntity() => RowKey = Row;

        public string? CohortId { get; set; }
    }
}
