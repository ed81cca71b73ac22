using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Reminders;

/// <summary>Counts of one slot run over a cohort's subscriptions (the admin API's answer).</summary>
/// <summary>One subscribed channel's part of a reminder run (<c>outcome</c>: sent, alreadySent, failed, paused).</summary>
public sealed record ChannelOutcome(string Conversation, string Outcome, string? Reason);

public sealed record RunResult(int Sent, int AlreadySent, int Failed)
{
    public IReadOnlyList<ChannelOutcome> Channels { get; init; } = [];

    /// <summary>Why nothing was due (weekend, skip date, no lab that day…), or that the slot is still in the future.</summary>
    public string? Note { get; init; }

    public static readonly RunResult None = new(0, 0, 0);
}

/// <summary>Sends one (cohort, local date, slot) to every subscribed channel exactly once.</summary>
/// <remarks>
/// Exactly-once comes from storage, not from the scheduler: the slot is claimed by inserting
/// <c>ReminderSlots</c> (PK cohort, RK <c>{date}|{slot}</c>), and each channel's send by inserting
/// <c>ReminderDeliveries</c> (PK <c>{cohort}|{date}|{slot}</c>, RK conversation key) as "claimed" before sending. Only
/// the inserter sends; a claim left behind by a crash (older than <see cref="RemindersOptions.StaleClaimMinutes"/>) or
/// a failed send due for retry is taken over with an ETag-conditional update, so of two replicas exactly one wins.
/// A send whose answer never came (<see cref="SendStatus.Unknown"/>) is recorded as "unknown" and not sent again
/// unless forced: the channel may already show it, and the contract prefers a missing reminder to a doubled one.
/// </remarks>
public sealed class ReminderDispatcher(
    CohortStore cohorts,
    TableStore tables,
    RoadmapProvider roadmaps,
    ReminderMessages messages,
    IEnumerable<IReminderTransport> transports,
    ChannelPacer pacer,
    ICohortProgressService progress,
    TimeProvider time,
    IOptions<RemindersOptions> options,
    ILogger<ReminderDispatcher> logger)
{
    public const string SlotsTable = "ReminderSlots";
    public const string DeliveriesTable = "ReminderDeliveries";
    private const int MaxInlineAttempts = 3;

    private readonly IReminderTransport[] _transports = transports.ToArray();
    private readonly Table<SlotEntity> _slots = tables.Table<SlotEntity>(SlotsTable);
    private readonly Table<DeliveryEntity> _deliveries = tables.Table<DeliveryEntity>(DeliveriesTable);

    /// <summary>Identifies this process in claims (diagnostics only; correctness never depends on it).</summary>
    public string InstanceId { get; } = Environment.MachineName + "-" + Guid.NewGuid().ToString("N")[..8];

    public static string SlotRowKey(DateOnly date, ReminderSlot slot) => $"{Cohort.FormatDate(date)}|{SlotName(slot)}";

    public static string DeliveryPartition(string cohortId, DateOnly date, ReminderSlot slot) => $"{cohortId}|{SlotRowKey(date, slot)}";

    public static string SlotName(ReminderSlot slot) => slot == ReminderSlot.Morning ? "morning" : "lab";

    /// <summary>Claims the slot (insert; an existing claim is fine) and delivers it to every active subscription.</summary>
    /// <param name="force">Send again even to channels that already got it.</param>
    /// <param name="allowNew">Start sends to channels without a delivery row (false when only retrying an old slot).</param>
    public async Task<RunResult> RunSlotAsync(Cohort cohort, DateOnly date, ReminderSlot slot, bool force, bool allowNew, CancellationToken ct)
    {
        var roadmap = roadmaps.Current.Find(cohort.Track);
        if (roadmap is null || CourseCalendar.PositionOn(cohort, roadmap, date) is not { } position || !CourseCalendar.HasSlot(cohort, roadmap, date, slot)
            || CourseCalendar.SlotTime(cohort, roadmap, slot) is not { } slotTime)
        {
            return RunResult.None with { Note = NothingDue(cohort, roadmap, date, slot) };
        }

        var now = time.GetUtcNow();
        var scheduled = CourseCalendar.ToInstant(CourseCalendar.Zone(cohort), date, slotTime);
        var late = now - scheduled > TimeSpan.FromMinutes(options.Value.LateAfterMinutes);
        await TryInsertSlotAsync(cohort.Id, date, slot, "claimed", scheduled, late, ct);

        var reply = slot == ReminderSlot.Morning
            ? messages.Morning(cohort, position, await FinishedPreviousDayAsync(cohort, roadmap, position, ct), late ? slotTime : null, await DigestAsync(cohort, roadmap, date, ct))
            : messages.Lab(cohort, position, late ? slotTime : null);

        var all = await cohorts.ListSubscriptionsAsync(cohort.Id, ct);
        var channels = new ConcurrentBag<ChannelOutcome>();
        foreach (var paused in all.Where(s => s.Paused))
        {
            CountDelivery(paused, Delivered.Gone);
            channels.Add(new ChannelOutcome(paused.Key, "paused", paused.PausedReason ?? "paused by an operator"));
        }

        var subscriptions = Interleave(all.Where(s => !s.Paused)).ToArray();
        var partition = DeliveryPartition(cohort.Id, date, slot);
        var existing = (await _deliveries.QueryPartitionAsync(partition, ct)).ToDictionary(e => e.RowKey, StringComparer.Ordinal);

        var outcomes = new ConcurrentBag<Delivered>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(subscriptions, parallel, async (sub, token) =>
        {
            var (outcome, reason) = await DeliverAsync(partition, sub, existing.GetValueOrDefault(TableKeys.Escape(sub.Key)), reply, force, allowNew, token);
            outcomes.Add(outcome);
            channels.Add(new ChannelOutcome(sub.Key, OutcomeName(outcome), reason));
            CountDelivery(sub, outcome);
        });

        var note = scheduled > now
            ? $"the {SlotName(slot)} slot of {Cohort.FormatDate(date)} is scheduled for {TimeZoneInfo.ConvertTime(scheduled, CourseCalendar.Zone(cohort)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)}, still in the future: channels reached now are not sent it again then"
            : all.Count == 0 ? "the cohort has no subscribed channels" : null;
        var result = new RunResult(outcomes.Count(o => o == Delivered.Sent), outcomes.Count(o => o is Delivered.AlreadyDone or Delivered.InProgress), outcomes.Count(o => o is Delivered.Failed or Delivered.Unknown))
        {
            Channels = channels.OrderBy(c => c.Conversation, StringComparer.Ordinal).ToArray(),
            Note = note,
        };
        if (outcomes.All(o => o is Delivered.Sent or Delivered.AlreadyDone or Delivered.Gone or Delivered.Unknown))
        {
            await CompleteSlotAsync(cohort.Id, date, slot, ct);
        }

        logger.LogInformation("Reminder {CohortId} {Date} {Slot}: sent {Sent}, already {AlreadySent}, failed {Failed}{Late}",
            cohort.Id, Cohort.FormatDate(date), SlotName(slot), result.Sent, result.AlreadySent, result.Failed, late ? " (late)" : string.Empty);
        return result;
    }

    /// <summary>Inserts the slot claim row; false when it already exists.</summary>
    public async Task<bool> TryInsertSlotAsync(string cohortId, DateOnly date, ReminderSlot slot, string state, DateTimeOffset scheduled, bool late, CancellationToken ct) =>
        await _slots.TryAddAsync(new SlotEntity { PartitionKey = cohortId, RowKey = SlotRowKey(date, slot), State = state, ScheduledFor = scheduled, ClaimedAt = time.GetUtcNow(), Owner = InstanceId, Late = late }, ct) is not null;

    public async Task<string?> SlotStateAsync(string cohortId, DateOnly date, ReminderSlot slot, CancellationToken ct) =>
        (await _slots.GetAsync(cohortId, SlotRowKey(date, slot), ct))?.State;

    private async Task CompleteSlotAsync(string cohortId, DateOnly date, ReminderSlot slot, CancellationToken ct)
    {
        // Read, change, write back with If-Match: the claim's other columns stay.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await _slots.GetAsync(cohortId, SlotRowKey(date, slot), ct);
            if (row is null)
            {
                await _slots.UpsertAsync(new SlotEntity { PartitionKey = cohortId, RowKey = SlotRowKey(date, slot), State = "complete", CompletedAt = time.GetUtcNow() }, ct);
                return;
            }

            row.State = "complete";
            row.CompletedAt = time.GetUtcNow();
            if (await _slots.TryReplaceAsync(row, row.ETag, ct) is not null)
            {
                return;
            }
        }
    }

    /// <summary>The previous class day and how many learners finished all of its checkpoints (null when it has none or
    /// the count is unavailable). The previous class day, not yesterday: on Monday it is Friday's.</summary>
    private async Task<PreviousDayFinishers?> FinishedPreviousDayAsync(Cohort cohort, Roadmap roadmap, CoursePosition position, CancellationToken ct)
    {
        var previous = CourseCalendar.PreviousPosition(cohort, roadmap, position);
        var ids = (previous?.Day?.Checkpoints ?? []).Select(i => i.Id).ToArray();
        if (previous is null || ids.Length == 0)
        {
            return null;
        }

        try
        {
            return new(previous, await progress.CountLearnersCompletedAllAsync(cohort.Id, ids, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The figure is a nicety; the reminder itself must go out.
            logger.LogWarning(e, "Could not count the previous class day's finishers for cohort {CohortId}", cohort.Id);
            return null;
        }
    }

    /// <summary>Monday's weekly digest (null on other days). Built once per run, so every channel gets the same one.</summary>
    private async Task<WeeklyDigest?> DigestAsync(Cohort cohort, Roadmap roadmap, DateOnly date, CancellationToken ct)
    {
        if (date.DayOfWeek != DayOfWeek.Monday)
        {
            return null;
        }

        try
        {
            return await progress.GetAsync(cohort.Id, ct) is { } figures ? WeeklyDigest.For(cohort, roadmap, date, figures) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Like the previous day's figure: a nicety, the reminder itself must go out.
            logger.LogWarning(e, "Could not build the weekly digest for cohort {CohortId}", cohort.Id);
            return null;
        }
    }

    /// <summary>The next reminder that will really be sent: the calendar's next slot, passing over slots a manual run
    /// already completed (those are not sent again at their time).</summary>
    public async Task<(DateTimeOffset At, DateOnly Date, ReminderSlot Slot)?> NextReminderAsync(Cohort cohort, CancellationToken ct)
    {
        if (roadmaps.Current.Find(cohort.Track) is not { } roadmap)
        {
            return null;
        }

        var after = time.GetUtcNow();
        for (var i = 0; i < 64; i++)
        {
            if (CourseCalendar.NextReminder(cohort, roadmap, after) is not { } next)
            {
                return null;
            }

            if (await SlotStateAsync(cohort.Id, next.Date, next.Slot, ct) != "complete")
            {
                return next;
            }

            after = next.At;
        }

        return null;
    }

    /// <summary>Why a slot has nothing to send on that date, in an operator's words.</summary>
    private static string NothingDue(Cohort cohort, Roadmap? roadmap, DateOnly date, ReminderSlot slot)
    {
        var day = Cohort.FormatDate(date);
        if (roadmap is null)
        {
            return $"track '{cohort.Track}' has no roadmap";
        }

        if (date < cohort.StartDate)
        {
            return $"{day} is before the cohort's start date {Cohort.FormatDate(cohort.StartDate)}";
        }

        if (cohort.SkipDates.Contains(date))
        {
            return $"{day} is a skip date";
        }

        if (!cohort.Weekdays.Contains(date.DayOfWeek))
        {
            return $"{day} is a {date.DayOfWeek}, not a class day ({string.Join(", ", cohort.Weekdays.Select(Cohort.WeekdayName))})";
        }

        if (CourseCalendar.PositionOn(cohort, roadmap, date) is null)
        {
            return $"the course is over by {day}";
        }

        return slot == ReminderSlot.Lab ? $"no lab on {day}" : $"no {SlotName(slot)} reminder on {day}";
    }

    /// <summary>The admin API's outcome (contract: sent, alreadySent, failed, paused). An unknown delivery is reported
    /// as failed — it is not known to be sent — and its reason says it may have arrived.</summary>
    private static string OutcomeName(Delivered outcome) => outcome switch
    {
        Delivered.Sent => "sent",
        Delivered.AlreadyDone or Delivered.InProgress => "alreadySent",
        Delivered.Failed or Delivered.Unknown => "failed",
        Delivered.Gone => "paused",
        _ => "skipped",
    };

    /// <summary><c>studybot.reminders</c> by outcome and channel kind, counted where each delivery is decided.</summary>
    private static void CountDelivery(Subscription sub, Delivered outcome) =>
        StudyBotMetrics.Reminders.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            Delivered.Sent => "sent",
            Delivered.AlreadyDone or Delivered.InProgress => "already_sent",
            Delivered.Failed => "failed",
            Delivered.Unknown => "unknown",
            Delivered.Gone => "paused",
            _ => "skipped",
        }), new KeyValuePair<string, object?>("channel", sub.ChannelId));

    private enum Delivered
    {
        Sent,
        AlreadyDone,

        /// <summary>Claimed by another sender moments ago: counted as already sent, but the slot stays open until it is.</summary>
        InProgress,
        Failed,

        /// <summary>Sent without an answer: it may have arrived, so it is not sent again unless forced.</summary>
        Unknown,
        Gone,
        Skipped,
    }

    private async Task<(Delivered Outcome, string? Reason)> DeliverAsync(string partition, Subscription sub, DeliveryEntity? row, Reply reply, bool force, bool allowNew, CancellationToken ct)
    {
        var rowKey = TableKeys.Escape(sub.Key);
        var now = time.GetUtcNow();
        ETag etag;
        int attempt;
        if (row is null)
        {
            if (!allowNew)
            {
                return (Delivered.Skipped, "not claimed: older than the catch-up window");
            }

            var claim = new DeliveryEntity { PartitionKey = partition, RowKey = rowKey, State = "claimed", Attempts = 1, ClaimedAt = now, Owner = InstanceId, Key = sub.Key };
            if (await _deliveries.TryAddAsync(claim, ct) is not { } added)
            {
                return (Delivered.InProgress, "another instance claimed it a moment ago and is sending"); // no double send
            }

            etag = added;
            attempt = 1;
        }
        else
        {
            var state = row.State;
            var attempts = row.Attempts ?? 0;
            var claimedAt = row.ClaimedAt ?? DateTimeOffset.MinValue;
            var nextAttempt = row.NextAttemptAt ?? DateTimeOffset.MinValue;
            if (!force)
            {
                switch (state)
                {
                    case "sent":
                        return (Delivered.AlreadyDone, row.SentAt is { } at ? $"delivered at {at:yyyy-MM-dd'T'HH:mm:ssZ}; force=true sends it again" : "delivered; force=true sends it again");
                    case "claimed" when now - claimedAt < TimeSpan.FromMinutes(options.Value.StaleClaimMinutes):
                        return (Delivered.InProgress, "being sent by another instance right now");
                    case "failed" when attempts >= options.Value.MaxAttempts:
                        return (Delivered.Failed, $"gave up after {attempts} attempts ({row.Error}); force=true tries again");
                    case "failed" when nextAttempt > now:
                        return (Delivered.Failed, $"last attempt failed ({row.Error}); next attempt at {nextAttempt:yyyy-MM-dd'T'HH:mm:ssZ}");
                    case "unknown":
                        return (Delivered.Unknown, UnknownReason(row.Error));
                }
            }

            // Take over: a stale claim (its sender crashed), a failed send now due, a resumed channel, or force.
            row.State = "claimed";
            row.Attempts = attempt = attempts + 1;
            row.ClaimedAt = now;
            row.Owner = InstanceId;
            if (await _deliveries.TryReplaceAsync(row, row.ETag, ct) is not { } replaced)
            {
                return (Delivered.InProgress, "another instance took it over first");
            }

            etag = replaced;

            if (state == "claimed")
            {
                logger.LogWarning("Taking over a stale claim of {ConversationKey} for {Partition} (attempt {Attempt})", sub.Key, partition, attempt);
            }
        }

        var outcome = await SendPacedAsync(sub, reply, ct);
        var update = new DeliveryEntity { PartitionKey = partition, RowKey = rowKey, Key = sub.Key, Attempts = attempt, ClaimedAt = now, Owner = InstanceId };
        Delivered result;
        string? reason = null;
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                update.State = "sent";
                update.SentAt = time.GetUtcNow();
                result = Delivered.Sent;
                break;
            case SendStatus.Gone:
                update.State = "gone";
                update.Error = outcome.Detail;
                result = Delivered.Gone;
                reason = $"the channel is gone ({outcome.Detail}): subscription paused";
                logger.LogWarning("Channel {ConversationKey} of cohort {CohortId} is gone ({Detail}): subscription paused", sub.Key, sub.CohortId, outcome.Detail);
                await cohorts.SetSubscriptionPausedAsync(sub.CohortId, sub.Key, true, "gone: " + outcome.Detail, ct);
                break;
            case SendStatus.Unknown:
                update.State = "unknown";
                update.Error = outcome.Detail;
                result = Delivered.Unknown;
                reason = UnknownReason(outcome.Detail);
                logger.LogError("Reminder to {ConversationKey} for {Partition} got no answer ({Detail}): it may have arrived, so it is not sent again unless forced", sub.Key, partition, outcome.Detail);
                break;
            default:
                var backoff = TimeSpan.FromMinutes(Math.Min(30, Math.Pow(2, attempt - 1)));
                var retryAt = time.GetUtcNow() + (outcome.RetryAfter > backoff ? outcome.RetryAfter.Value : backoff);
                update.State = "failed";
                update.Error = outcome.Detail;
                update.NextAttemptAt = retryAt;
                result = Delivered.Failed;
                reason = attempt >= options.Value.MaxAttempts ? $"{outcome.Detail}; gave up after {attempt} attempts" : $"{outcome.Detail}; retried at {retryAt:yyyy-MM-dd'T'HH:mm:ssZ}";
                if (attempt >= options.Value.MaxAttempts)
                {
                    logger.LogError("Reminder to {ConversationKey} for {Partition} failed {Attempts} times ({Detail}); giving up", sub.Key, partition, attempt, outcome.Detail);
                }
                else
                {
                    logger.LogWarning("Reminder to {ConversationKey} for {Partition} failed ({Detail}); retry at {RetryAt}", sub.Key, partition, outcome.Detail, retryAt);
                }

                break;
        }

        if (await _deliveries.TryReplaceAsync(update, etag, ct) is null)
        {
            // The ETag from the insert answer does not always match the stored one (seen with Azurite); if the row is
            // still our claim, record the outcome with its current ETag — else the claim was taken over meanwhile.
            var current = await _deliveries.GetAsync(partition, rowKey, ct);
            if (current is { State: "claimed" } && current.Owner == InstanceId && current.Attempts == attempt)
            {
                await _deliveries.TryReplaceAsync(update, current.ETag, ct);
            }
            else
            {
                logger.LogWarning("Delivery row of {ConversationKey} for {Partition} was taken over while sending", sub.Key, partition);
            }
        }

        return (result, reason);
    }

    private static string UnknownReason(string? detail) =>
        $"sent but unconfirmed ({detail}): the channel may show it, so it is not sent again automatically; force=true sends it again";

    /// <summary>Round-robin across platforms and tenants, so a tenant-wide rate limit (Teams) does not hold every
    /// worker while other platforms' channels wait.</summary>
    private static IEnumerable<Subscription> Interleave(IEnumerable<Subscription> subscriptions) =>
        subscriptions.GroupBy(s => (s.ChannelId, s.TenantId))
            .SelectMany(g => g.Select((s, i) => (Sub: s, Index: i)))
            .OrderBy(x => x.Index)
            .Select(x => x.Sub);

    private async Task<SendOutcome> SendPacedAsync(Subscription sub, Reply reply, CancellationToken ct)
    {
        var transport = _transports.FirstOrDefault(t => t.CanSend(sub));
        if (transport is null)
        {
            return new SendOutcome(SendStatus.Failed, "no transport for " + sub.ChannelId);
        }

        var key = transport.PacingKey(sub);
        var shared = transport.SharedPacingKey(sub);
        for (var attempt = 1; ; attempt++)
        {
            await pacer.WaitTurnAsync(key, transport.PerChannelInterval, ct);
            if (shared is not null)
            {
                await pacer.WaitTurnAsync(shared, transport.SharedInterval, ct);
            }

            SendOutcome outcome;
            try
            {
                outcome = await transport.SendAsync(sub, reply, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Send to {ConversationKey} threw", sub.Key);
                outcome = new SendOutcome(SendStatus.Failed, e.GetType().Name);
            }

            // A short Retry-After is waited out on this channel only (its own pacing gate); others go on meanwhile.
            var retryAfter = outcome.RetryAfter ?? TimeSpan.FromSeconds(1);
            if (outcome.Status != SendStatus.Throttled || attempt >= MaxInlineAttempts || retryAfter > TimeSpan.FromSeconds(options.Value.InlineRetryAfterMaxSeconds))
            {
                return outcome with { RetryAfter = outcome.Status == SendStatus.Throttled ? retryAfter : outcome.RetryAfter };
            }

            pacer.Hold(key, time.GetUtcNow() + retryAfter);
        }
    }

    /// <summary>A slot's claim. Table <c>ReminderSlots</c>: PK cohort, RK <c>{date}|{slot}</c>.</summary>
    internal sealed class SlotEntity : TableRow
    {
        /// <summary><c>claimed</c>, <c>complete</c> or <c>skipped</c>.</summary>
        public string? State { get; set; }

        public DateTimeOffset? ScheduledFor { get; set; }

        public DateTimeOffset? ClaimedAt { get; set; }

        public string? Owner { get; set; }

        public bool? Late { get; set; }

        public DateTimeOffset? CompletedAt { get; set; }
    }

    /// <summary>One channel's send of a slot. Table <c>ReminderDeliveries</c>: PK <c>{cohort}|{date}|{slot}</c>, RK conversation key.</summary>
    internal sealed class DeliveryEntity : TableRow
    {
        /// <summary><c>claimed</c>, <c>sent</c>, <c>failed</c>, <c>unknown</c> (sent, no answer) or <c>gone</c>.</summary>
        public string? State { get; set; }

        public int? Attempts { get; set; }

        public DateTimeOffset? ClaimedAt { get; set; }

        public string? Owner { get; set; }

        public string? Key { get; set; }

        public DateTimeOffset? SentAt { get; set; }

        public string? Error { get; set; }

        public DateTimeOffset? NextAttemptAt { get; set; }
    }
}
