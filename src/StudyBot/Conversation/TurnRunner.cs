using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Conversation;

/// <summary>Where a turn happens, for counting, tracing and logging (no user text).</summary>
/// <param name="Type">Activity type (<c>message</c>, <c>invoke</c> …); native Slack turns are messages.</param>
public sealed record TurnInfo(string ChannelId, string Type, string? ActivityId, string? ConversationId, string? Locale);

/// <summary>What every turn shares, whatever the channel (Bot Framework activities and native Slack alike): it is
/// counted, traced and logged in one scope, and when it throws, the one <see cref="OnTurnError"/> (Bot Builder's
/// adapter hook) decides what is logged and what the learner is told — the apology, never silence, never internals.</summary>
public sealed class TurnRunner(Dialogs dialogs, IOptions<StorageOptions> storage, ILogger<TurnRunner> logger)
{
    /// <summary>Runs <paramref name="handle"/>; if it throws, logs it and hands the apology to <paramref name="apologize"/>.</summary>
    /// <returns>False when the turn failed (an invoke then answers 500).</returns>
    public async Task<bool> RunAsync(TurnInfo turn, Func<Task> handle, Func<Reply, Task> apologize, CancellationToken cancellationToken)
    {
        StudyBotMetrics.Turns.Add(1, new KeyValuePair<string, object?>("channel", turn.ChannelId), new KeyValuePair<string, object?>("type", turn.Type));
        using var trace = StudyBotActivitySource.Source.StartActivity(turn.ChannelId == Channels.SlackNative ? "turn slack" : "turn " + turn.Type);
        trace?.SetTag("studybot.channel", turn.ChannelId);
        trace?.SetTag("studybot.activity_id", turn.ActivityId);
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = turn.ActivityId, ["ChannelId"] = turn.ChannelId });

        // The turn waits for table storage at most Storage:TurnTimeout in all, on or off a request (Slack work after
        // the ack): hung storage gets the learner "try again" while the channel still listens.
        using var budget = StorageDeadline.Begin(storage.Value.TurnTimeout);
        try
        {
            await handle();
            return true;
        }
        catch (DeliveryOutcomeUnknownException e)
        {
            // A reply went out and its answer did not come back: the learner may well be reading it, and an apology
            // ("try again") would contradict it or make them ask twice. The turn still counts as failed.
            logger.LogError(e, "Turn failed: a reply's delivery is unknown ({ActivityType} on {ChannelId} in {ConversationId}); no apology sent", turn.Type, turn.ChannelId, turn.ConversationId);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var apology = OnTurnError(e, turn);
            try
            {
                await apologize(apology);
            }
            catch (Exception sendError)
            {
                logger.LogWarning(sendError, "Could not send the apology for a failed turn on {ChannelId} in {ConversationId}", turn.ChannelId, turn.ConversationId);
            }

            return false;
        }
    }

    /// <summary>The turn threw: logged once, with where it happened, and the apology in the learner's language.</summary>
    public Reply OnTurnError(Exception exception, TurnInfo turn)
    {
        logger.LogError(exception, "Turn failed: {ActivityType} on {ChannelId} in {ConversationId}", turn.Type, turn.ChannelId, turn.ConversationId);
        return Reply.Text(dialogs.Format(dialogs.ResolveLocale(turn.Locale), "core.error"));
    }
}
