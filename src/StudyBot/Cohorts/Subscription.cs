using StudyBot.Connector;
using StudyBot.Conversation;

namespace StudyBot.Cohorts;

/// <summary>A channel that receives a cohort's reminders: a Bot Framework conversation reference or a native Slack channel.</summary>
public sealed record Subscription
{
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

    public bool IsSlackNative => ChannelId == Channels.SlackNative;

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
