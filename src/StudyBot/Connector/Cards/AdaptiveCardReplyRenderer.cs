using StudyBot.Connector.Teams;
using StudyBot.Conversation;

namespace StudyBot.Connector.Cards;

/// <summary>The Bot Framework renderer: the activity <c>text</c> carries the reply as markdown (every client shows it,
/// transcripts and tests read it); where the channel renders Adaptive Cards and the reply has buttons, a card holding
/// only those buttons is attached and the text leaves out the commands the buttons send — so nothing is shown twice.
/// Elsewhere the commands are written out to type. In Teams group conversations a reply to a learner starts with an
/// @mention of them.</summary>
public sealed class AdaptiveCardReplyRenderer : IBotReplyRenderer
{
    private static readonly MarkdownReplyRenderer Markdown = new();

    /// <summary>Channels whose clients render Adaptive Cards (Teams, Web Chat / Direct Line, the Emulator).</summary>
    public static bool RendersCards(string? channelId) =>
        channelId is Channels.MsTeams or Channels.WebChat or Channels.DirectLine or Channels.Emulator;

    public Activity Render(Reply reply, Activity template)
    {
        var activity = Markdown.Render(reply, template);
        // On a Teams message everyone sees (a reminder), a button answers the presser alone, in place of the card.
        var forPresser = activity.ChannelId == Channels.MsTeams && reply.Visibility == ReplyVisibility.InChannel;
        if (RendersCards(activity.ChannelId) && AdaptiveCardRenderer.RenderActions(reply, forPresser) is { } card)
        {
            activity.Text = MarkdownRenderer.Render(reply, actionsAsText: false);
            activity.Attachments = [.. activity.Attachments ?? [], card.ToAttachment()];
        }

        TeamsMentions.MentionRecipientInGroupReply(activity);
        return activity;
    }
}
