using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Reminders;

namespace StudyBot.Cohorts;

/// <summary>A bad input field and why (→ 400 problem naming the field, or a chat reply).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Cohort fields as given by an operator (admin API JSON or <c>/cohort create</c>); null = default.</summary>
public sealed record CohortInput
{
    public string? Track { get; init; }

    public string? StartDate { get; init; }

    public string? TimeZone { get; init; }

    public string? Locale { get; init; }

    public string? Morning { get; init; }

    public string? Lab { get; init; }

    public IReadOnlyList<string>? Weekdays { get; init; }

    public IReadOnlyList<string>? SkipDates { get; init; }

    public bool? Paused { get; init; }

    /// <summary>A field whose JSON type was wrong (reported before any other check).</summary>
    public FieldError? TypeError { get; init; }

    public static CohortInput FromJson(JsonElement o)
    {
        FieldError? typeError = null;
        string? Str(string name)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                typeError ??= new FieldError(name, "expected a string");
                return null;
            }

            return v.GetString();
        }

        IReadOnlyList<string>? List(string name)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                typeError ??= new FieldError(name, "expected an array of strings");
                return null;
            }

            return v.EnumerateArray().Select(x => x.GetString()!).ToArray();
        }

        bool? paused = null;
        if (o.TryGetProperty("paused", out var p) && p.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            paused = p.GetBoolean();
        }
        else if (o.TryGetProperty("paused", out p) && p.ValueKind != JsonValueKind.Null)
        {
            typeError ??= new FieldError("paused", "expected true or false");
        }

        var input = new CohortInput
        {
            Track = Str("track"),
            StartDate = Str("startDate"),
            TimeZone = Str("timeZone"),
            Locale = Str("locale"),
            Morning = Str("morning"),
            Lab = Str("lab"),
            Weekdays = List("weekdays"),
            SkipDates = List("skipDates"),
            Paused = paused,
        };
        return input with { TypeError = typeError };
    }
}

/// <summary>Reads a subscription from the admin API body: a Bot Framework ConversationReference or native Slack ids.</summary>
public static class SubscriptionInput
{
    public static (Subscription? Subscription, FieldError? Error) FromJson(string cohortId, JsonElement o)
    {
        static string? Str(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        if (Str(o, "slackChannel") is { Length: > 0 } channel)
        {
            if (Str(o, "slackTeam") is not { Length: > 0 } team)
            {
                return (null, new FieldError("slackTeam", "required with slackChannel"));
            }

            return (new Subscription { CohortId = cohortId, Key = Subscription.KeyOf(Channels.SlackNative, channel), ChannelId = Channels.SlackNative, ConversationId = channel, TenantId = team }, null);
        }

        var channelId = Str(o, "channelId");
        if (string.IsNullOrEmpty(channelId))
        {
            return (null, new FieldError("channelId", "required (or slackTeam + slackChannel for native Slack)"));
        }

        var serviceUrl = Str(o, "serviceUrl");
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return (null, new FieldError("serviceUrl", "required, an absolute http(s) URL"));
        }

        if (!o.TryGetProperty("conversation", out var conversation) || Str(conversation, "id") is not { Length: > 0 } conversationId)
        {
            return (null, new FieldError("conversation.id", "required"));
        }

        // A Teams reference taken from a thread reply carries ";messageid=…": posts go to the channel itself.
        conversationId = new Conversation.ConversationInfo { ChannelId = channelId, ConversationId = conversationId }.ConversationIdWithoutThread;

        o.TryGetProperty("bot", out var bot);
        return (new Subscription
        {
            CohortId = cohortId,
            Key = Subscription.KeyOf(channelId, conversationId),
            ChannelId = channelId,
            ConversationId = conversationId,
            ServiceUrl = serviceUrl,
            TenantId = Str(conversation, "tenantId"),
            ConversationType = Str(conversation, "conversationType"),
            BotId = Str(bot, "id"),
            BotName = Str(bot, "name"),
        }, null);
    }
}

/// <summary>Cohort administration shared by the admin API and the <c>/cohort</c> chat command: validation, defaults,
/// JSON shape.</summary>
public sealed class CohortService(CohortStore store, RoadmapProvider roadmaps, TimeProvider time, IOptions<RemindersOptions> options)
{
    public Task<Cohort?> GetAsync(string id, CancellationToken ct) =>
        Cohort.IsValidId(id) ? store.GetCohortAsync(id, ct) : Task.FromResult<Cohort?>(null);

    public async Task<(Cohort? Cohort, FieldError? Error)> SaveAsync(string id, CohortInput input, CancellationToken ct)
    {
        if (input.TypeError is { } typeError)
        {
            return (null, typeError);
        }

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

    private (Cohort? Cohort, FieldError? Error) Validate(string id, CohortInput input)
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

    /// <summary>The cohort as the admin API shows it.</summary>
    public async Task<Dictionary<string, object?>> ToJsonAsync(Cohort c, bool includeSubscriptions, CancellationToken ct)
    {
        var roadmap = roadmaps.Current.Find(c.Track);
        var json = new Dictionary<string, object?>
        {
            ["id"] = c.Id,
            ["track"] = c.Track,
            ["startDate"] = Cohort.FormatDate(c.StartDate),
            ["timeZone"] = c.TimeZone,
            ["locale"] = c.Locale,
            ["morning"] = Cohort.FormatTime(c.Morning),
            ["lab"] = roadmap is null ? null : CourseCalendar.SlotTime(c, roadmap, ReminderSlot.Lab) is { } lab ? Cohort.FormatTime(lab) : null,
            ["weekdays"] = c.Weekdays.Select(Cohort.WeekdayName).ToArray(),
            ["skipDates"] = c.SkipDates.Select(Cohort.FormatDate).ToArray(),
            ["paused"] = c.Paused,
        };
        if (includeSubscriptions)
        {
            json["subscriptions"] = (await store.ListSubscriptionsAsync(c.Id, ct)).Select(SubscriptionJson).ToArray();
            var next = roadmap is null ? null : CourseCalendar.NextReminder(c, roadmap, time.GetUtcNow());
            json["nextReminder"] = next is { } n
                ? TimeZoneInfo.ConvertTime(n.At, CourseCalendar.Zone(c)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : null;
            json["nextReminderSlot"] = next is { } ns ? ReminderDispatcher.SlotName(ns.Slot) : null;
        }

        return json;
    }

    public static Dictionary<string, object?> SubscriptionJson(Subscription s) => new()
    {
        ["key"] = s.Key,
        ["channelId"] = s.ChannelId,
        ["conversationId"] = s.ConversationId,
        ["serviceUrl"] = s.ServiceUrl,
        ["tenantId"] = s.TenantId,
        ["slackTeam"] = s.IsSlackNative ? s.TenantId : null,
        ["slackChannel"] = s.IsSlackNative ? s.ConversationId : null,
        ["paused"] = s.Paused,
        ["pausedReason"] = s.PausedReason,
    };

    private static bool TryTime(string s, out TimeOnly t) => TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
}
