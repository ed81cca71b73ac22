using System.Text.Json.Serialization;
using StudyBot.Hosting;

namespace StudyBot.Cohorts;

/// <summary>Cohort fields as an operator gives them (<c>PUT /api/admin/cohorts/{cohort}</c> or <c>/cohort create</c>); null
/// = default. All but <see cref="Track"/> and <see cref="StartDate"/> optional; the domain rules (known track, real
/// time zone…) are checked by <see cref="CohortService"/>.</summary>
public sealed record CohortRequest(
    string? Track,
    string? StartDate,
    string? TimeZone,
    string? Locale,
    string? Morning,
    string? Lab,
    IReadOnlyList<string>? Weekdays,
    IReadOnlyList<string>? SkipDates,
    bool? Paused) : IAdminRequest
{
    public FieldError? Validate() =>
        string.IsNullOrWhiteSpace(Track) ? new FieldError("track", "required")
        : string.IsNullOrWhiteSpace(StartDate) ? new FieldError("startDate", "required, YYYY-MM-DD")
        : null;
}

/// <summary><c>POST /api/admin/cohorts/{cohort}/subscriptions</c>: a Bot Framework ConversationReference, or native
/// Slack ids.</summary>
public sealed record SubscriptionRequest(
    string? ChannelId,
    string? ServiceUrl,
    SubscriptionRequest.ConversationPart? Conversation,
    SubscriptionRequest.BotPart? Bot,
    string? SlackTeam,
    string? SlackChannel) : IAdminRequest
{
    public bool IsSlackNative => !string.IsNullOrEmpty(SlackChannel);

    public FieldError? Validate()
    {
        if (IsSlackNative)
        {
            return string.IsNullOrEmpty(SlackTeam) ? new FieldError("slackTeam", "required with slackChannel") : null;
        }

        if (string.IsNullOrEmpty(ChannelId))
        {
            return new FieldError("channelId", "required (or slackTeam + slackChannel for native Slack)");
        }

        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return new FieldError("serviceUrl", "required, an absolute http(s) URL");
        }

        return string.IsNullOrEmpty(Conversation?.Id) ? new FieldError("conversation.id", "required") : null;
    }

    public sealed record ConversationPart(string? Id, string? TenantId, string? ConversationType);

    public sealed record BotPart(string? Id, string? Name);
}

/// <summary>A cohort as the operator API shows it. <see cref="Subscriptions"/> and <see cref="NextReminder"/> are in
/// <c>GET</c> answers only.</summary>
public sealed record CohortResponse(
    string Id,
    string Track,
    string StartDate,
    string TimeZone,
    string Locale,
    string Morning,
    string? Lab,
    IReadOnlyList<string> Weekdays,
    IReadOnlyList<string> SkipDates,
    bool Paused)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SubscriptionResponse>? Subscriptions { get; init; }

    /// <summary>ISO 8601 with the cohort's offset; the next slot that will really be sent (not one already delivered
    /// by a manual run), null when none is left or the cohort is paused.</summary>
    public string? NextReminder { get; init; }

    public string? NextReminderSlot { get; init; }
}

public sealed record SubscriptionResponse(
    string Key,
    string ChannelId,
    string ConversationId,
    string? ServiceUrl,
    string? TenantId,
    string? SlackTeam,
    string? SlackChannel,
    bool Paused,
    string? PausedReason)
{
    public static SubscriptionResponse From(Subscription s) => new(
        s.Key, s.ChannelId, s.ConversationId, s.ServiceUrl, s.TenantId,
        s.IsSlackNative ? s.TenantId : null, s.IsSlackNative ? s.ConversationId : null, s.Paused, s.PausedReason);
}

/// <summary>One line of <c>GET /api/admin/cohorts</c>.</summary>
public sealed record CohortSummary(string Cohort, string Track, string StartDate, int Subscriptions, string? NextReminder);
