using Microsoft.Extensions.Options;
using Quartz;
using StudyBot.Cohorts;
using StudyBot.Storage;

namespace StudyBot.Reminders;

/// <summary>Finds the slots due now in every cohort's own time zone and hands them to the dispatcher. Runs every
/// minute (Quartz); any number of replicas may tick at once — the dispatcher's claims keep sends exactly-once.</summary>
public sealed class ReminderScheduler(
    CohortStore cohorts,
    RoadmapProvider roadmaps,
    ReminderDispatcher dispatcher,
    TimeProvider time,
    IOptions<RemindersOptions> options,
    ILogger<ReminderScheduler> logger)
{
    // Failed sends of a slot keep being retried this long after the slot time.
    private static readonly TimeSpan RetryWindow = TimeSpan.FromHours(24);

    public async Task TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var cohort in await cohorts.ListCohortsAsync(ct))
        {
            if (cohort.Paused)
            {
                continue;
            }

            try
            {
                await TickCohortAsync(cohort, now, ct);
            }
            catch (Exception e) when (e is not StorageUnavailableException && (e is not OperationCanceledException || !ct.IsCancellationRequested))
            {
                // One broken cohort (e.g. its track was removed from the guides) must not stop the others. Storage going
                // away is not one cohort's fault: it ends the tick (see ReminderTickJob).
                logger.LogError(e, "Reminder tick failed for cohort {CohortId}", cohort.Id);
            }
        }
    }

    private async Task TickCohortAsync(Cohort cohort, DateTimeOffset now, CancellationToken ct)
    {
        if (roadmaps.Current.Find(cohort.Track) is not { } roadmap)
        {
            logger.LogWarning("Cohort {CohortId} follows unknown track {Track}", cohort.Id, cohort.Track);
            return;
        }

        var zone = CourseCalendar.Zone(cohort);
        var today = CourseCalendar.LocalDate(zone, now);
        var catchUp = TimeSpan.FromHours(options.Value.CatchUpHours);
        for (var date = today.AddDays(-1); date <= today; date = date.AddDays(1))
        {
            foreach (var slot in Enum.GetValues<ReminderSlot>())
            {
                if (!CourseCalendar.HasSlot(cohort, roadmap, date, slot) || CourseCalendar.SlotTime(cohort, roadmap, slot) is not { } t)
                {
                    continue;
                }

                var at = CourseCalendar.ToInstant(zone, date, t);
                var age = now - at;
                if (at > now || at < cohort.CreatedAt || age > RetryWindow)
                {
                    continue;
                }

                var state = await dispatcher.SlotStateAsync(cohort.Id, date, slot, ct);
                if (state is null && age > catchUp)
                {
                    if (await dispatcher.TryInsertSlotAsync(cohort.Id, date, slot, "skipped", at, late: true, ct))
                    {
                        logger.LogWarning("Reminder {CohortId} {Date} {Slot} skipped: due {Age} ago, more than the catch-up window {CatchUp}",
                            cohort.Id, Cohort.FormatDate(date), ReminderDispatcher.SlotName(slot), age, catchUp);
                    }

                    continue;
                }

                if (state is null)
                {
                    if (!await dispatcher.TryInsertSlotAsync(cohort.Id, date, slot, "claimed", at, late: false, ct))
                    {
                        continue; // another replica claimed it this very tick and is sending
                    }
                }
                else if (state != "claimed")
                {
                    continue; // complete or skipped
                }

                // A claimed, unfinished slot: deliver to channels not yet done (stale claims, due retries).
                await dispatcher.RunSlotAsync(cohort, date, slot, force: false, allowNew: age <= catchUp, ct);
            }
        }
    }
}

/// <summary>The Quartz job behind the per-minute tick.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderTickJob(ReminderScheduler scheduler, StorageOutageLog outageLog, IOptions<RemindersOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Checked per run, not at registration: options see configuration added after AddReminders (tests).
        if (!options.Value.Scheduler)
        {
            return;
        }

        try
        {
            await scheduler.TickAsync(cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            // Nothing was claimed, so the next minute's tick sends what is due (late-marked within the catch-up window).
            // Left to Quartz, an outage would log an error with its stack trace every minute; this is the one
            // rate-limited warning turns and requests use.
            outageLog.Warn("reminders tick", e.Reason);
        }
    }
}
