using System.Security.Claims;
using StudyBot.Conversation;

namespace StudyBot.Connector;

/// <summary>One inbound activity being handled: what came in, who sent it (validated identity), and how to answer.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;
    private readonly IBotReplyRenderer _renderer;
    private readonly List<Activity> _sent = [];

    public TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector, IBotReplyRenderer renderer)
    {
        Activity = activity;
        Identity = identity;
        _connector = connector;
        _renderer = renderer;
    }

    public Activity Activity { get; }

    /// <summary>The caller's validated identity (anonymous in anonymous mode).</summary>
    public ClaimsIdentity Identity { get; }

    /// <summary>Activities sent in this turn (for logging and tests).</summary>
    public IReadOnlyList<Activity> Sent => _sent;

    /// <summary>Set by the handler for <c>invoke</c> activities; returned in the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity into this conversation: as a reply to the inbound activity when it has an id
    /// (every channel supports reply-to-activity), else to the conversation.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId ??= Activity.Id;
        return SendCoreAsync(activity, cancellationToken);
    }

    /// <summary>Sends an activity into this conversation, not as a reply (e.g. a welcome after a system event).</summary>
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId = null;
        return SendCoreAsync(activity, cancellationToken);
    }

    private async Task<ResourceResponse> SendCoreAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = Activity.Conversation?.Id };
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;

        var response = activity.ReplyToId is { Length: > 0 } replyTo
            ? await _connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation.Id!, replyTo, activity, cancellationToken)
            : await _connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation.Id!, activity, cancellationToken);
        _sent.Add(activity);
        return response;
    }

    /// <summary>Renders a channel-neutral reply for this channel and sends it as the answer to the inbound activity.</summary>
    public Task<ResourceResponse> SendAsync(Reply reply, CancellationToken cancellationToken) =>
        SendAsync(_renderer.Render(reply, Activity.CreateReply()), cancellationToken);

    /// <summary>Renders a channel-neutral reply and posts it as a new message (e.g. a welcome after a system event): into
    /// this conversation, or into <paramref name="conversation"/> of the same channel (a team's General channel).</summary>
    public Task<ResourceResponse> SendToConversationAsync(Reply reply, CancellationToken cancellationToken, ConversationAccount? conversation = null)
    {
        var template = Activity.CreateReply();
        template.Conversation = conversation ?? template.Conversation;
        return SendToConversationAsync(_renderer.Render(reply, template), cancellationToken);
    }
}

/// <summary>Turns a channel-neutral <see cref="Reply"/> into a Bot Framework activity (markdown text, plus an
/// Adaptive Card attachment where the channel shows cards).</summary>
public interface IBotReplyRenderer
{
    /// <param name="reply">What to say.</param>
    /// <param name="template">A reply activity already addressed (from <see cref="Activity.CreateReply"/> or a conversation reference).</param>
    Activity Render(Reply reply, Activity template);
}

/// <summary>Markdown text on every channel.</summary>
public sealed class MarkdownReplyRenderer : IBotReplyRenderer
{
    public Activity Render(Reply reply, Activity template)
    {
        template.Type = ActivityTypes.Message;
        template.Text = MarkdownRenderer.Render(reply);
        template.TextFormat = TextFormats.Markdown;
        template.Summary ??= reply.Fallback;
        return template;
    }
}
