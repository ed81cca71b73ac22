using System.Globalization;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Hosting;
using StudyBot.Reminders;

namespace StudyBot.Cohorts;

/// <summary>Cohort administration shared by the admin API and the <c>/cohort</c> chat command: validation, defaults,
/// JSON shape.</summary>
public sealed class CohortService(
    CohortStore store,
    RoadmapProvider roadmaps,
    ReminderDispatcher reminders,
    IServiceUrlTrust serviceUrls,
    ServiceBaseUrl ownBaseUrl,
    IOptions<RemindersOptions> options)
{
    public Task<Cohort?> GetAsync(string id, CancellationToken ct) =>
        Cohort.IsValidId(id) ? store.GetCohortAsync(id, ct) : Task.FromResult<Cohort?>(null);

    public async Task<(Cohort? Cohort, FieldError? Error)> SaveAsync(string id, CohortRequest input, CancellationToken ct)
    {
        var (cohort, error) = Validate(id, input);
        if (error is not null)
        {
            return (null, error);
        }

        if (input.Paused is null && await store.GetCohortAsync(id, ct) is { } existing)
        {
            cohort = cohort! with { Paused = existing.Paused };
        }

        return (await store.SaveCohortAsync(cohort!, ct), null);
    }

    public async Task<Cohort?> SetPausedAsync(string id, bool paused, CancellationToken ct)
    {
        if (await GetAsync(id, ct) is not { } cohort)
        {
            return null;
        }

        return await store.SaveCohortAsync(cohort with { Paused = paused }, ct);
    }

    public Task<Subscription> SubscribeAsync(Subscription subscription, CancellationToken ct) => store.SubscribeAsync(subscription, ct);

    public Task<bool> UnsubscribeAsync(string cohortId, string key, CancellationToken ct) => store.DeleteSubscriptionAsync(cohortId, key, ct);

    public Task<bool> DeleteAsync(string cohortId, CancellationToken ct) =>
        Cohort.IsValidId(cohortId) ? store.DeleteCohortAsync(cohortId, ct) : Task.FromResult(false);

    /// <summary>The subscription an operator asked for, or the field that is wrong. A Bot Framework serviceUrl must be a
    /// host the bot's token may go to (or this service's own Direct Line): the next reminder would otherwise hand the
    /// bot's Entra token to whatever host the body named.</summary>
    public (Subscription? Subscription, FieldError? Error) SubscriptionFrom(string cohortId, SubscriptionRequest request)
    {
        if (request.IsSlackNative)
        {
            return (new Subscription { CohortId = cohortId, Key = Subscription.KeyOf(Channels.SlackNative, request.SlackChannel!), ChannelId = Channels.SlackNative, ConversationId = request.SlackChannel!, TenantId = request.SlackTeam }, null);
        }

        if (!serviceUrls.IsTrusted(request.ServiceUrl!) && !ownBaseUrl.IsOwn(request.ServiceUrl))
        {
            return (null, new FieldError("serviceUrl", "not a Bot Framework channel host (BotFramework:TrustedServiceUrlHosts) or this service's own Direct Line; https required"));
        }

        // A Teams reference taken from a thread reply carries ";messageid=…": posts go to the channel itself.
        var conversationId = new Conversation.ConversationInfo { ChannelId = request.ChannelId!, ConversationId = request.Conversation!.Id! }.ConversationIdWithoutThread;
        return (new Subscription
        {
            CohortId = cohortId,
            Key = Subscription.KeyOf(request.ChannelId!, conversationId),
            ChannelId = request.ChannelId!,
            ConversationId = conversationId,
            ServiceUrl = request.ServiceUrl,
            TenantId = request.Conversation.TenantId,
            ConversationType = request.Conversation.ConversationType,
            BotId = request.Bot?.Id,
            BotName = request.Bot?.Name,
        }, null);
    }

    /// <summary>Every cohort with its track, start, subscription count and next reminder.</summary>
    public async Task<IReadOnlyList<CohortSummary>> ListAsync(CancellationToken ct)
    {
        var list = new List<CohortSummary>();
        foreach (var c in (await store.ListCohortsAsync(ct)).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var subscriptions = await store.ListSubscriptionsAsync(c.Id, ct);
            list.Add(new CohortSummary(c.Id, c.Track, Cohort.FormatDate(c.StartDate), subscriptions.Count, FormatNext(c, await reminders.NextReminderAsync(c, ct))));
        }

        return list;
    }

    private (Cohort? Cohort, FieldError? Error) Validate(string id, CohortRequest input)
    {
        if (!Cohort.IsValidId(id))
        {
            return (null, new FieldError("cohort", "lower-case letters, digits and '-', at most 63 characters"));
        }

        if (string.IsNullOrEmpty(input.Track))
        {
            return (null, new FieldError("track", "required"));
        }

        var catalog = roadmaps.Current;
        if (catalog.Find(input.Track) is null)
        {
            return (null, new FieldError("track", $"unknown track; one of {string.Join(", ", catalog.Tracks)}"));
        }

        if (!DateOnly.TryParseExact(input.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (null, new FieldError("startDate", "required, YYYY-MM-DD"));
        }

        var zone = input.TimeZone ?? options.Value.TimeZone;
        if (!CourseCalendar.TryFindZone(zone, out _))
        {
            return (null, new FieldError("timeZone", "unknown IANA time zone"));
        }

        var locale = input.Locale ?? "ko";
        if (locale is not ("ko" or "en"))
        {
            return (null, new FieldError("locale", "ko or en"));
        }

        if (!TryTime(input.Morning ?? "09:00", out var morning))
        {
            return (null, new FieldError("morning", "HH:mm"));
        }

        TimeOnly? lab = null;
        if (input.Lab is not null)
        {
            if (!TryTime(input.Lab, out var l))
            {
                return (null, new FieldError("lab", "HH:mm"));
            }

            lab = l;
        }

        var weekdays = new List<DayOfWeek>();
        foreach (var w in input.Weekdays ?? Cohort.DefaultWeekdays.Select(Cohort.WeekdayName).ToArray())
        {
            if (!Cohort.TryParseWeekday(w, out var d))
            {
                return (null, new FieldError("weekdays", $"'{w}' is not Mon…Sun"));
            }

            if (!weekdays.Contains(d))
            {
                weekdays.Add(d);
            }
        }

        if (weekdays.Count == 0)
        {
            return (null, new FieldError("weekdays", "at least one day"));
        }

        var skip = new List<DateOnly>();
        foreach (var s in input.SkipDates ?? [])
        {
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return (null, new FieldError("skipDates", $"'{s}' is not YYYY-MM-DD"));
            }

            skip.Add(d);
        }

        return (new Cohort
        {
            Id = id,
            Track = catalog.Find(input.Track)!.Track,
            StartDate = start,
            TimeZone = zone,
            Locale = locale,
            Morning = morning,
            Lab = lab,
            Weekdays = weekdays.OrderBy(d => ((int)d + 6) % 7).ToArray(),
            SkipDates = skip.Distinct().Order().ToArray(),
            Paused = input.Paused ?? false,
        }, null);
    }

    /// <summary>The cohort as the admin API shows it; with <paramref name="details"/>, its subscriptions and the next
    /// reminder that will really be sent.</summary>
    public async Task<CohortResponse> ToResponseAsync(Cohort c, bool details, CancellationToken ct)
    {
        var roadmap = roadmaps.Current.Find(c.Track);
        var response = new CohortResponse(
            c.Id,
            c.Track,
            Cohort.FormatDate(c.StartDate),
            c.TimeZone,
            c.Locale,
            Cohort.FormatTime(c.Morning),
            roadmap is null ? null : CourseCalendar.SlotTime(c, roadmap, ReminderSlot.Lab) is { } lab ? Cohort.FormatTime(lab) : null,
            c.Weekdays.Select(Cohort.WeekdayName).ToArray(),
            c.SkipDates.Select(Cohort.FormatDate).ToArray(),
            c.Paused);
        if (!details)
        {
            return response;
        }

        var next = await reminders.NextReminderAsync(c, ct);
        return response with
        {
            Subscriptions = (await store.ListSubscriptionsAsync(c.Id, ct)).Select(SubscriptionResponse.From).ToArray(),
            NextReminder = FormatNext(c, next),
            NextReminderSlot = next is { } n ? ReminderDispatcher.SlotName(n.Slot) : null,
        };
    }

    private static string? FormatNext(Cohort c, (DateTimeOffset At, DateOnly Date, ReminderSlot Slot)? next) =>
        next is { } n ? TimeZoneInfo.ConvertTime(n.At, CourseCalendar.Zone(c)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;

    private static bool TryTime(string s, out TimeOnly t) => TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
}
