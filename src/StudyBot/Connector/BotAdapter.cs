using System.Security.Claims;
using StudyBot.Conversation;

namespace StudyBot.Connector;

/// <summary>A step around every turn (Bot Builder middleware): runs before and after the handler.</summary>
public interface IBotMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken);
}

/// <summary>Handles a turn after middleware (the bot's logic).</summary>
public interface IActivityHandler
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Runs turns: adapter → middleware → activity handler, as Bot Builder's CloudAdapter does (its
/// <c>OnTurnError</c> is <see cref="TurnRunner.OnTurnError"/>, shared with native Slack), and sends proactive messages
/// to stored conversation references.</summary>
public sealed class BotAdapter(
    IConnectorClient connector,
    IBotReplyRenderer renderer,
    IEnumerable<IBotMiddleware> middleware,
    IActivityHandler handler,
    TurnRunner turns)
{
    private readonly IBotMiddleware[] _middleware = middleware.ToArray();

    /// <summary>Processes one inbound activity whose caller is already authenticated.</summary>
    /// <returns>The invoke response for <c>invoke</c> activities, otherwise null.</returns>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, identity, connector, renderer);
        var info = new TurnInfo(activity.ChannelId ?? "unknown", activity.Type ?? "unknown", activity.Id, activity.Conversation?.Id, activity.Locale);
        if (!await turns.RunAsync(info, () => RunAsync(turn, 0, cancellationToken), apology => ApologizeAsync(turn, apology, cancellationToken), cancellationToken))
        {
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(500) : null;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // As the SDK: an invoke nobody answered is "not implemented".
            return turn.InvokeResponse ?? new InvokeResponse(501);
        }

        return null;
    }

    /// <summary>Sends a reply into a stored conversation (reminders, notifications). The connector client still checks
    /// the reference's serviceUrl against <see cref="IServiceUrlTrust"/>: a stored reference is no proof of its host.</summary>
    public Task<ResourceResponse> SendProactiveAsync(ConversationReference reference, Reply reply, CancellationToken cancellationToken)
    {
        var activity = renderer.Render(reply, reference.CreateMessage());
        return connector.SendToConversationAsync(reference.ServiceUrl!, reference.Conversation!.Id!, activity, cancellationToken);
    }

    private Task RunAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, () => RunAsync(turn, index + 1, cancellationToken), cancellationToken)
            : handler.OnTurnAsync(turn, cancellationToken);

    /// <summary>Only a message is answered with the apology (a system event has nobody waiting for an answer).</summary>
    private static Task ApologizeAsync(TurnContext turn, Reply apology, CancellationToken cancellationToken) =>
        turn.Activity.Type == ActivityTypes.Message && turn.Activity.ServiceUrl is not null && turn.Activity.Conversation?.Id is not null
            ? turn.SendAsync(apology, cancellationToken)
            : Task.CompletedTask;
}
