using StudyBot.Connector.Teams;
using StudyBot.Conversation;

namespace StudyBot.Connector.Cards;

/// <summary>The Bot Framework renderer: the activity <c>text</c> always carries the whole reply as markdown (every
/// client shows it, transcripts and tests read it); where the channel renders Adaptive Cards and the reply has
/// buttons, a card holding only those buttons is attached — so nothing is shown twice. In Teams group
/// conversations a reply to a learner starts with an @mention of them.</summary>
public sealed class AdaptiveCardReplyRenderer : IBotReplyRenderer
{
    private static readonly MarkdownReplyRenderer Markdown = new();

    /// <summary>Channels whose clients render Adaptive Cards (Teams, Web Chat / Direct Line, the Emulator).</summary>
    public static bool RendersCards(string? channelId) =>
        channelId is Channels.MsTeams or Channels.WebChat or Channels.DirectLine or Channels.Emulator;

    public Activity Render(Reply reply, Activity template)
    {
        var activity = Markdown.Render(reply, template);
        if (RendersCards(activity.ChannelId) && AdaptiveCardRenderer.RenderActions(reply) is { } card)
        {
            activity.Attachments = [.. activity.Attachments ?? [], card.ToAttachment()];
        }

        TeamsMentions.MentionRecipientInGroupReply(activity);
        return activity;
    }
}
