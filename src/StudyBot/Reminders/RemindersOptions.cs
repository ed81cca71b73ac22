using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Reminders;

/// <summary><c>Reminders:*</c> configuration.</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>Default IANA time zone of new cohorts.</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>Run the per-minute Quartz tick (tests drive <see cref="ReminderScheduler.TickAsync"/> themselves).</summary>
    public bool Scheduler { get; set; } = true;

    /// <summary>Slots missed (downtime) up to this long ago are still sent, marked late; older ones are skipped and logged.</summary>
    [NotNegative] public double CatchUpHours { get; set; } = 3;

    /// <summary>A send this long after its slot time says it is late.</summary>
    [NotNegative] public double LateAfterMinutes { get; set; } = 10;

    /// <summary>A claim without "sent" after this long is a crashed sender's: the next tick takes it over.</summary>
    [Positive] public double StaleClaimMinutes { get; set; } = 5;

    /// <summary>Attempts per channel and slot before giving up (logged as an error, row kept as failed).</summary>
    [Positive] public int MaxAttempts { get; set; } = 6;

    /// <summary>Sends in flight at once across all channels.</summary>
    [Positive] public int MaxParallelism { get; set; } = 32;

    /// <summary>A 429 whose Retry-After is at most this is waited out in the same run; longer ones go to a later tick.</summary>
    [NotNegative] public double InlineRetryAfterMaxSeconds { get; set; } = 10;

    [ValidateObjectMembers]
    public PacingOptions Pacing { get; set; } = new();

    /// <summary>New cohorts get <see cref="TimeZone"/>: one the cohort API would refuse (unknown, or a Windows id rather
    /// than IANA — <see cref="CourseCalendar.TryFindZone"/>, the rule the API applies) would fail every cohort created
    /// without a zone of its own, so it fails the start instead.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CourseCalendar.TryFindZone(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known IANA time zone (e.g. Asia/Seoul).", [nameof(TimeZone)]);
        }
    }
}

/// <summary>Platform send limits (<c>Reminders:Pacing:*</c>).</summary>
public sealed class PacingOptions
{
    /// <summary>Slack chat.postMessage: about 1 message per second per channel.</summary>
    [NotNegative] public int SlackPerChannelMs { get; set; } = 1000;

    /// <summary>Bot Framework / Teams: 7 sends per second per conversation.</summary>
    [NotNegative] public int BotFrameworkPerConversationMs { get; set; } = 143;

    /// <summary>Teams: about 50 requests per second per app per tenant.</summary>
    [NotNegative] public double TeamsPerTenantPerSecond { get; set; } = 50;
}
