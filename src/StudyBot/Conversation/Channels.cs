namespace StudyBot.Conversation;

/// <summary>The one list of channel ids StudyBot knows (<see cref="ConversationInfo.ChannelId"/>, the first part of a
/// <see cref="LearnerId"/>): the Bot Framework channels' own ids, and StudyBot's native Slack.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Emulator = "emulator";

    /// <summary>Slack through Azure Bot (a Bot Framework channel).</summary>
    public const string Slack = "slack";

    /// <summary>StudyBot's own Slack endpoints (not through Azure Bot).</summary>
    public const string SlackNative = "slack-native";
}
