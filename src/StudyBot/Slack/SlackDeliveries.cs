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
        TryClaimAsync(eventTime, $"{Safe(teamId)}~{Safe(eventId)}", eventId, cancellationToken);

    /// <summary>Claims a button click for all replicas, as <see cref="TryClaimEventAsync"/> does for events: a signed
    /// interaction replayed within Slack's 5-minute window (same <c>trigger_id</c>) runs once.</summary>
    public Task<bool> TryClaimInteractionAsync(string teamId, string triggerId, DateTimeOffset signedAt, CancellationToken cancellationToken) =>
        TryClaimAsync(signedAt, $"interaction~{Safe(teamId)}~{Safe(triggerId)}", triggerId, cancellationToken);

    private async Task<bool> TryClaimAsync(DateTimeOffset at, string rowKey, string id, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rowKey)
        {
            ["ReceivedAt"] = time.GetUtcNow(),
        };
        try
        {
            var table = await store.GetTableAsync(TableName, cancellationToken);
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or InvalidOperationException or HttpRequestException)
        {
            logger.LogWarning(e, "Could not record Slack delivery {DeliveryId} for dedupe; processing it anyway", id);
            return true;
        }
    }

    /// <summary>Table keys may not hold '/', '\', '#', '?' or control characters; Slack ids never do, but they come from outside.</summary>
    private static string Safe(string id) => new(id.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}
