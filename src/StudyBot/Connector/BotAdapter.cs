using System.Security.Claims;

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

/// <summary>Told about every inbound activity (e.g. to refresh stored conversation references).</summary>
public interface IConversationObserver
{
    Task OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>Runs turns: adapter → middleware → activity handler, as Bot Builder's CloudAdapter does, and sends
/// proactive messages to stored conversation references.</summary>
public sealed class BotAdapter(
    IConnectorClient connector,
    IBotReplyRenderer renderer,
    IEnumerable<IBotMiddleware> middleware,
    IActivityHandler handler,
    IServiceProvider services,
    ILogger<BotAdapter> logger)
{
    private readonly IBotMiddleware[] _middleware = middleware.ToArray();

    /// <summary>Processes one inbound activity whose caller is already authenticated.</summary>
    /// <returns>The invoke response for <c>invoke</c> activities, otherwise null.</returns>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        StudyBotMetrics.Turns.Add(1, new KeyValuePair<string, object?>("channel", activity.ChannelId), new KeyValuePair<string, object?>("type", activity.Type));
        using var trace = StudyBotActivitySource.Source.StartActivity("turn " + activity.Type);
        trace?.SetTag("studybot.channel", activity.ChannelId);
        trace?.SetTag("studybot.activity_id", activity.Id);
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = activity.Id, ["ChannelId"] = activity.ChannelId });

        var turn = new TurnContext(activity, identity, connector, renderer, services);
        try
        {
            await RunAsync(turn, 0, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Turn failed for activity {ActivityId} ({ActivityType}) on {ChannelId}", activity.Id, activity.Type, activity.ChannelId);
            await ApologizeAsync(turn, cancellationToken);
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
    public Task<ResourceResponse> SendProactiveAsync(ConversationReference reference, Conversation.Reply reply, CancellationToken cancellationToken)
    {
        var activity = renderer.Render(reply, reference.CreateMessage());
        return connector.SendToConversationAsync(reference.ServiceUrl!, reference.Conversation!.Id!, activity, cancellationToken);
    }

    private Task RunAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, () => RunAsync(turn, index + 1, cancellationToken), cancellationToken)
            : handler.OnTurnAsync(turn, cancellationToken);

    private async Task ApologizeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message || turn.Activity.ServiceUrl is null || turn.Activity.Conversation?.Id is null)
        {
            return;
        }

        try
        {
            var dialogs = services.GetRequiredService<Conversation.Dialogs>();
            var locale = dialogs.ResolveLocale(turn.Activity.Locale);
            await turn.SendAsync(Conversation.Reply.Text(dialogs.Format(locale, "core.error")), cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not send the apology for activity {ActivityId}", turn.Activity.Id);
        }
    }
}
