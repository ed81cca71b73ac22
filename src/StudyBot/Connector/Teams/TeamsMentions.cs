using StudyBot.Conversation;

namespace StudyBot.Connector.Teams;

/// <summary>Outbound Teams mentions: the text carries <c>&lt;at&gt;Name&lt;/at&gt;</c> and the activity a matching
/// <c>mention</c> entity, as Teams requires for the mention to notify the person.</summary>
public static class TeamsMentions
{
    /// <summary>In a Teams channel or group chat, a reply to a learner's message starts with an @mention of that
    /// learner, so they are notified in a busy thread. Proactive sends (no <c>replyToId</c>) and 1:1 chats are left alone.</summary>
    public static void MentionRecipientInGroupReply(Activity activity)
    {
        if (activity.ChannelId != Channels.MsTeams || string.IsNullOrEmpty(activity.ReplyToId) || !IsGroup(activity.Conversation)
            || activity.Recipient is not { Id: { Length: > 0 } userId, Name: { Length: > 0 } name })
        {
            return;
        }

        var mentionText = $"<at>{Sanitize(name)}</at>";
        if (activity.Text?.StartsWith(mentionText, StringComparison.Ordinal) == true)
        {
            return;
        }

        activity.Text = string.IsNullOrEmpty(activity.Text) ? mentionText : mentionText + " " + activity.Text;
        activity.Entities = [.. activity.Entities ?? [], Entity.Mention(new ChannelAccount { Id = userId, Name = name }, mentionText)];
    }

    public static bool IsGroup(ConversationAccount? conversation) =>
        conversation is not null
        && (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat");

    /// <summary>A display name must not close the <c>&lt;at&gt;</c> tag early.</summary>
    private static string Sanitize(string name) => name.Replace('<', ' ').Replace('>', ' ').Trim();
}
