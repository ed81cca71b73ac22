using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary>"Process once" for Slack deliveries that Slack may send again (event retries, repeated slash commands).
/// A fast in-memory check at ack time (no storage on the ack path), then, for events, an insert-if-absent row in
/// the <c>SlackEvents</c> table so several replicas dedupe too.</summary>
public sealed class SlackDeliveries(TableStore store, TimeProvider time, ILogger<SlackDeliveries> logger)
{
    public const string TableName = "SlackEvents";

    /// <summary>Slack retries an event for about 5 minutes; remember ids well beyond that.</summary>
    private static readonly TimeSpan LocalMemory = TimeSpan.FromMinutes(30);

    private const int PurgeThreshold = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Table<EventEntity> _events = store.Table<EventEntity>(TableName);

    /// <summary>True the first time <paramref name="key"/> is seen by this instance (within 30 minutes).</summary>
    public bool TryClaimLocal(string key)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > PurgeThreshold)
        {
            foreach (var (k, expires) in _seen)
            {
                if (expires <= now)
                {
                    _seen.TryRemove(k, out _);
                }
            }
        }

        var until = now + LocalMemory;
        while (true)
        {
            if (_seen.TryAdd(key, until))
            {
                return true;
            }

            if (!_seen.TryGetValue(key, out var expires) || expires > now)
            {
                return false;
            }

            if (_seen.TryUpdate(key, until, expires))
            {
                return true;
            }
        }
    }

    /// <summary>Undoes <see cref="TryClaimLocal"/> when the delivery could not be taken on (Slack will send it again).</summary>
    public void ForgetLocal(string key) => _seen.TryRemove(key, out _);

    /// <summary>Claims an event for all replicas: inserts (date of <c>event_time</c>, <c>team~event_id</c>); false when
    /// another delivery already did. If storage is down the event is processed anyway: a rare double answer beats a lost one.</summary>
    public Task<bool> TryClaimEventAsync(string teamId, string eventId, DateTimeOffset eventTime, CancellationToken cancellationToken) =>
        TryClaimAsync(eventTime, $"{TableKeys.Escape(teamId)}~{TableKeys.Escape(eventId)}", eventId, cancellationToken);

    /// <summary>Claims a button click for all replicas, as <see cref="TryClaimEventAsync"/> does for events: a signed
    /// interaction replayed within Slack's 5-minute window (same <c>trigger_id</c>) runs once.</summary>
    public Task<bool> TryClaimInteractionAsync(string teamId, string triggerId, DateTimeOffset signedAt, CancellationToken cancellationToken) =>
        TryClaimAsync(signedAt, $"interaction~{TableKeys.Escape(teamId)}~{TableKeys.Escape(triggerId)}", triggerId, cancellationToken);

    private async Task<bool> TryClaimAsync(DateTimeOffset at, string rowKey, string deliveryId, CancellationToken cancellationToken)
    {
        var entity = new EventEntity
        {
            PartitionKey = at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RowKey = rowKey,
            ReceivedAt = time.GetUtcNow(),
        };
        try
        {
            return await _events.TryAddAsync(entity, cancellationToken) is not null;
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Could not record Slack delivery {DeliveryId} for dedupe ({Reason}); processing it anyway", deliveryId, e.Reason);
            return true;
        }
    }

    /// <summary>Table <c>SlackEvents</c>: PK the event's (or click's signed) UTC date, RK <c>{team}~{event id}</c> or
    /// <c>interaction~{team}~{trigger id}</c> (escaped).</summary>
    internal sealed class EventEntity : TableRow
    {
        public DateTimeOffset ReceivedAt { get; set; }
    }
}
