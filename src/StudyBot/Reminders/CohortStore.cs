using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using StudyBot.Connector;
using StudyBot.Connector.Teams;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Reminders;

/// <summary>A channel that receives a cohort's reminders: a Bot Framework conversation reference or a native Slack channel.</summary>
public sealed record Subscription
{
    public const string SlackNativeChannel = "slack-native";

    public required string CohortId { get; init; }

    /// <summary><c>{channelId}|{conversationId}</c>, as <see cref="ConversationInfo.Key"/>.</summary>
    public required string Key { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public string? ServiceUrl { get; init; }

    public string? TenantId { get; init; }

    public string? ConversationType { get; init; }

    public string? BotId { get; init; }

    public string? BotName { get; init; }

    public bool Paused { get; init; }

    public string? PausedReason { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsSlackNative => ChannelId == SlackNativeChannel;

    public static string KeyOf(string channelId, string conversationId) =>
        new ConversationInfo { ChannelId = channelId, ConversationId = conversationId }.Key;

    public ConversationReference ToReference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Bot = BotId is null ? null : new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            TenantId = TenantId,
            ConversationType = ConversationType,
            IsGroup = ConversationType is null ? null : ConversationType != "personal",
        },
    };
}

/// <summary>Cohorts and their channel subscriptions in table storage; also the <see cref="ICohortDirectory"/> other
/// capabilities use, and the observer that keeps stored serviceUrls fresh.</summary>
/// <remarks>Tables (keys escaped with <see cref="TableKeys.Escape"/>):
/// <c>Cohorts</c> PK "cohort", RK cohort id;
/// <c>Subscriptions</c> PK cohort id, RK conversation key (listing a cohort's channels is one partition query);
/// <c>SubscriptionIndex</c> PK conversation key, RK "cohort" → cohort id (finding a conversation's cohort is one point read).</remarks>
public sealed class CohortStore(TableStore tables, TimeProvider time, ILogger<CohortStore> logger) : ICohortDirectory, IConversationObserver, IConversationLifecycle
{
    private const string CohortPartition = "cohort";
    private const string IndexRow = "cohort";
    private static readonly TimeSpan IndexCacheTtl = TimeSpan.FromMinutes(5);

    // Conversation key → (cohort, stored serviceUrl) with the time it was read: the observer sees every inbound
    // activity, so it must not read storage each time.
    private readonly ConcurrentDictionary<string, (string? CohortId, string? ServiceUrl, DateTimeOffset ReadAt)> _index = new();

    // Latest Bot Framework reference per conversation (bot account, conversation type): /cohort subscribe uses it.
    private readonly ConcurrentDictionary<string, ConversationReference> _recent = new();

    public async Task<Cohort?> GetCohortAsync(string id, CancellationToken ct)
    {
        var table = await tables.GetTableAsync("Cohorts", ct);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(CohortPartition, id, cancellationToken: ct);
        return e.HasValue ? ToCohort(e.Value!) : null;
    }

    public Task<IReadOnlyList<Cohort>> ListCohortsAsync(CancellationToken ct) => ListPartitionAsync("Cohorts", CohortPartition, ToCohort, ct);

    /// <summary>Creates or replaces a cohort (keeping its creation time).</summary>
    public async Task<Cohort> SaveCohortAsync(Cohort cohort, CancellationToken ct)
    {
        var existing = await GetCohortAsync(cohort.Id, ct);
        var stored = cohort with { CreatedAt = existing?.CreatedAt ?? time.GetUtcNow() };
        var table = await tables.GetTableAsync("Cohorts", ct);
        await table.UpsertEntityAsync(ToEntity(stored), TableUpdateMode.Replace, ct);
        return stored;
    }

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string cohortId, CancellationToken ct) => ListPartitionAsync("Subscriptions", cohortId, ToSubscription, ct);

    private async Task<IReadOnlyList<T>> ListPartitionAsync<T>(string tableName, string partition, Func<TableEntity, T> map, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(tableName, ct);
        var result = new List<T>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: ct))
        {
            result.Add(map(e));
        }

        return result;
    }

    /// <summary>Subscribes a conversation (again: updates it, no duplicate). A conversation follows one cohort: moving
    /// it removes the old subscription.</summary>
    public async Task<Subscription> SubscribeAsync(Subscription subscription, CancellationToken ct)
    {
        var stored = subscription with { UpdatedAt = time.GetUtcNow(), Paused = false, PausedReason = null };
        var index = await tables.GetTableAsync("SubscriptionIndex", ct);
        var previous = await index.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(stored.Key), IndexRow, cancellationToken: ct);
        var subs = await tables.GetTableAsync("Subscriptions", ct);
        await subs.UpsertEntityAsync(ToEntity(stored), TableUpdateMode.Replace, ct);
        await index.UpsertEntityAsync(new TableEntity(TableKeys.Escape(stored.Key), IndexRow) { ["CohortId"] = stored.CohortId }, TableUpdateMode.Replace, ct);
        if (previous.HasValue && previous.Value!.GetString("CohortId") is { } old && old != stored.CohortId)
        {
            await subs.DeleteEntityAsync(old, TableKeys.Escape(stored.Key), ETag.All, ct);
        }

        _index[stored.Key] = (stored.CohortId, stored.ServiceUrl, time.GetUtcNow());
        return stored;
    }

    public async Task SetSubscriptionPausedAsync(string cohortId, string key, bool paused, string? reason, CancellationToken ct)
    {
        var subs = await tables.GetTableAsync("Subscriptions", ct);
        var entity = new TableEntity(cohortId, TableKeys.Escape(key)) { ["Paused"] = paused, ["PausedReason"] = reason, ["UpdatedAt"] = time.GetUtcNow() };
        try
        {
            await subs.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // unsubscribed meanwhile: nothing to pause
        }
    }

    /// <summary>The Bot Framework reference last seen in this conversation (bot account included), if any.</summary>
    public ConversationReference? RecentReference(string conversationKey) => _recent.GetValueOrDefault(conversationKey);

    public async Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken)
    {
        var (cohortId, _) = await LookupAsync(conversation.Key, cancellationToken);
        return cohortId is null ? null : await GetAsync(cohortId, cancellationToken);
    }

    public async Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken) =>
        await GetCohortAsync(cohortId, cancellationToken) is { } c ? new CohortInfo(c.Id, c.Track, c.Locale, c.TimeZone) : null;

    /// <summary>Keeps subscriptions' serviceUrls current: Teams moves conversations between regional serviceUrls.
    /// Cheap on the hot path: a cached index lookup, a write only when the serviceUrl changed.</summary>
    public async Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return;
        }

        var key = Subscription.KeyOf(activity.ChannelId, activity.Conversation.Id);
        if (_recent.Count > 10_000)
        {
            _recent.Clear(); // a bound, not an LRU: the reference is re-learned from the next activity
        }

        _recent[key] = new ConversationReference
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Bot = activity.Recipient,
            Conversation = new ConversationAccount { Id = activity.Conversation.Id, TenantId = activity.TenantId, ConversationType = activity.Conversation.ConversationType, IsGroup = activity.Conversation.IsGroup },
        };

        try
        {
            var (cohortId, serviceUrl) = await LookupAsync(key, cancellationToken);
            if (cohortId is null || string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var subs = await tables.GetTableAsync("Subscriptions", cancellationToken);
            var entity = new TableEntity(cohortId, TableKeys.Escape(key)) { ["ServiceUrl"] = activity.ServiceUrl, ["UpdatedAt"] = time.GetUtcNow() };
            await subs.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
            _index[key] = (cohortId, activity.ServiceUrl, time.GetUtcNow());
            logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId}: serviceUrl refreshed", key, cohortId);
        }
        catch (RequestFailedException e)
        {
            // Never fail a learner's turn because the refresh could not be written; the next activity tries again.
            logger.LogWarning(e, "Could not refresh the subscription of {ConversationKey}", key);
            _index.TryRemove(key, out _);
        }
    }

    /// <summary>Teams installed (or re-installed) the bot here: a subscribed conversation gets the fresh reference and,
    /// if it was paused because the bot was gone, is resumed.</summary>
    public async Task OnInstalledAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is null || reference.Conversation?.Id is null)
        {
            return;
        }

        var key = Subscription.KeyOf(reference.ChannelId, reference.Conversation.Id);
        _recent[key] = reference;
        _index.TryRemove(key, out _);
        var (cohortId, _) = await LookupAsync(key, cancellationToken);
        if (cohortId is null || await FindSubscriptionAsync(cohortId, key, cancellationToken) is not { } sub)
        {
            return;
        }

        var resumed = sub.Paused && sub.PausedReason?.StartsWith("gone", StringComparison.Ordinal) == true || sub.PausedReason == UninstalledReason;
        await SubscribeAsync(sub with
        {
            ServiceUrl = reference.ServiceUrl ?? sub.ServiceUrl,
            TenantId = reference.Conversation.TenantId ?? sub.TenantId,
            BotId = reference.Bot?.Id ?? sub.BotId,
            BotName = reference.Bot?.Name ?? sub.BotName,
        }, cancellationToken);
        if (sub.Paused && !resumed)
        {
            await SetSubscriptionPausedAsync(cohortId, key, true, sub.PausedReason, cancellationToken); // an operator's pause stays
        }

        logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId} refreshed on install{Resumed}", key, cohortId, resumed ? " and resumed" : string.Empty);
    }

    /// <summary>The bot was removed: pause the conversation's subscription instead of failing sends later.</summary>
    public async Task OnUninstalledAsync(string conversationKey, CancellationToken cancellationToken)
    {
        _index.TryRemove(conversationKey, out _);
        var (cohortId, _) = await LookupAsync(conversationKey, cancellationToken);
        if (cohortId is not null)
        {
            await SetSubscriptionPausedAsync(cohortId, conversationKey, true, UninstalledReason, cancellationToken);
            logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId} paused: bot uninstalled", conversationKey, cohortId);
        }
    }

    private const string UninstalledReason = "uninstalled";

    private async Task<Subscription?> FindSubscriptionAsync(string cohortId, string key, CancellationToken ct)
    {
        var subs = await tables.GetTableAsync("Subscriptions", ct);
        var row = await subs.GetEntityIfExistsAsync<TableEntity>(cohortId, TableKeys.Escape(key), cancellationToken: ct);
        return row.HasValue ? ToSubscription(row.Value!) : null;
    }

    private async Task<(string? CohortId, string? ServiceUrl)> LookupAsync(string key, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_index.TryGetValue(key, out var cached) && now - cached.ReadAt < IndexCacheTtl)
        {
            return (cached.CohortId, cached.ServiceUrl);
        }

        var index = await tables.GetTableAsync("SubscriptionIndex", ct);
        var row = await index.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(key), IndexRow, cancellationToken: ct);
        string? cohortId = row.HasValue ? row.Value!.GetString("CohortId") : null;
        string? serviceUrl = null;
        if (cohortId is not null)
        {
            var subs = await tables.GetTableAsync("Subscriptions", ct);
            var sub = await subs.GetEntityIfExistsAsync<TableEntity>(cohortId, TableKeys.Escape(key), cancellationToken: ct);
            serviceUrl = sub.HasValue ? sub.Value!.GetString("ServiceUrl") : null;
            cohortId = sub.HasValue ? cohortId : null;
        }

        _index[key] = (cohortId, serviceUrl, now);
        return (cohortId, serviceUrl);
    }

    private static TableEntity ToEntity(Cohort c) => new(CohortPartition, c.Id)
    {
        ["Track"] = c.Track,
        ["StartDate"] = Cohort.FormatDate(c.StartDate),
        ["TimeZone"] = c.TimeZone,
        ["Locale"] = c.Locale,
        ["Morning"] = Cohort.FormatTime(c.Morning),
        ["Lab"] = c.Lab is { } lab ? Cohort.FormatTime(lab) : null,
        ["Weekdays"] = string.Join(',', c.Weekdays.Select(Cohort.WeekdayName)),
        ["SkipDates"] = string.Join(',', c.SkipDates.Select(Cohort.FormatDate)),
        ["Paused"] = c.Paused,
        ["CreatedAt"] = c.CreatedAt,
    };

    private static Cohort ToCohort(TableEntity e) => new()
    {
        Id = e.RowKey,
        Track = e.GetString("Track"),
        StartDate = DateOnly.ParseExact(e.GetString("StartDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeZone = e.GetString("TimeZone"),
        Locale = e.GetString("Locale") ?? "ko",
        Morning = TimeOnly.ParseExact(e.GetString("Morning"), "HH:mm", CultureInfo.InvariantCulture),
        Lab = e.GetString("Lab") is { Length: > 0 } lab ? TimeOnly.ParseExact(lab, "HH:mm", CultureInfo.InvariantCulture) : null,
        Weekdays = Split(e.GetString("Weekdays")).Select(d => Cohort.TryParseWeekday(d, out var w) ? w : throw new FormatException(d)).ToArray(),
        SkipDates = Split(e.GetString("SkipDates")).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
        Paused = e.GetBoolean("Paused") ?? false,
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
    };

    private static TableEntity ToEntity(Subscription s) => new(s.CohortId, TableKeys.Escape(s.Key))
    {
        ["Key"] = s.Key,
        ["ChannelId"] = s.ChannelId,
        ["ConversationId"] = s.ConversationId,
        ["ServiceUrl"] = s.ServiceUrl,
        ["TenantId"] = s.TenantId,
        ["ConversationType"] = s.ConversationType,
        ["BotId"] = s.BotId,
        ["BotName"] = s.BotName,
        ["Paused"] = s.Paused,
        ["PausedReason"] = s.PausedReason,
        ["UpdatedAt"] = s.UpdatedAt,
    };

    private static Subscription ToSubscription(TableEntity e) => new()
    {
        CohortId = e.PartitionKey,
        Key = e.GetString("Key"),
        ChannelId = e.GetString("ChannelId"),
        ConversationId = e.GetString("ConversationId"),
        ServiceUrl = e.GetString("ServiceUrl"),
        TenantId = e.GetString("TenantId"),
        ConversationType = e.GetString("ConversationType"),
        BotId = e.GetString("BotId"),
        BotName = e.GetString("BotName"),
        Paused = e.GetBoolean("Paused") ?? false,
        PausedReason = e.GetString("PausedReason"),
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
    };

    private static IEnumerable<string> Split(string? s) => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Table keys may not contain '/', '\', '#', '?' or control characters; conversation ids can.</summary>
public static class TableKeys
{
    public static string Escape(string s) => Uri.EscapeDataString(s).Replace("%", "!", StringComparison.Ordinal);
}
