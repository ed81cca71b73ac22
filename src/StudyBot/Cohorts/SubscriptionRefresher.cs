using System.Collections.Concurrent;
using StudyBot.Connector;
using StudyBot.Connector.Teams;
using StudyBot.Storage;

namespace StudyBot.Cohorts;

/// <summary>Keeps stored subscriptions true to what the channels say: a middleware that watches every inbound activity
/// for a conversation's new serviceUrl (Teams moves conversations between regions) and the latest Bot Framework
/// reference per conversation (bot account, conversation type, which <c>/cohort subscribe</c> stores), and the
/// handler of install and uninstall events.</summary>
public sealed class SubscriptionRefresher(CohortStore store, TableStore tables, ILogger<SubscriptionRefresher> logger) : IBotMiddleware, IConversationLifecycle
{
    private const string UninstalledReason = "uninstalled";

    private readonly ConcurrentDictionary<string, ConversationReference> _recent = new();

    /// <summary>The Bot Framework reference last seen in this conversation (bot account included), if any.</summary>
    public ConversationReference? RecentReference(string conversationKey) => _recent.GetValueOrDefault(conversationKey);

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        await RefreshAsync(turn.Activity, cancellationToken);
        await next();
    }

    /// <summary>Cheap on the hot path: a cached lookup, a write only when the serviceUrl changed; never fails the turn.</summary>
    private async Task RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return;
        }

        var key = Subscription.KeyOf(activity.ChannelId, activity.Conversation.Id);
        if (_recent.Count > 10_000)
        {
            _recent.Clear(); // a bound, not an LRU: the reference is re-learned from the next activity
        }

        _recent[key] = new ConversationReference
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Bot = activity.Recipient,
            Conversation = new ConversationAccount { Id = activity.Conversation.Id, TenantId = activity.TenantId, ConversationType = activity.Conversation.ConversationType, IsGroup = activity.Conversation.IsGroup },
        };

        if (tables.RecentlyUnavailable)
        {
            return; // an outage: the turn goes on at once, the next activity after it compares again
        }

        try
        {
            var (cohortId, serviceUrl) = await store.FindByConversationAsync(key, cancellationToken);
            if (cohortId is null || string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            await store.SetServiceUrlAsync(cohortId, key, activity.ServiceUrl, cancellationToken);
            logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId}: serviceUrl refreshed", key, cohortId);
        }
        catch (StorageUnavailableException e)
        {
            // Never fail a learner's turn because the refresh could not be written; the next activity tries again.
            logger.LogWarning("Could not refresh the subscription of {ConversationKey}: table storage unavailable ({Reason})", key, e.Reason);
            store.ForgetCachedConversation(key);
        }
    }

    /// <summary>Teams installed (or re-installed) the bot here: a subscribed conversation gets the fresh reference and,
    /// if it was paused because the bot was gone, is resumed. Storage down: logged, and the welcome still goes out.</summary>
    public async Task OnInstalledAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is null || reference.Conversation?.Id is null)
        {
            return;
        }

        var key = Subscription.KeyOf(reference.ChannelId, reference.Conversation.Id);
        _recent[key] = reference;
        try
        {
            await RefreshOnInstallAsync(key, reference, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Could not refresh the subscription of {ConversationKey} on install: table storage unavailable ({Reason})", key, e.Reason);
        }
    }

    private async Task RefreshOnInstallAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        store.ForgetCachedConversation(key);
        var (cohortId, _) = await store.FindByConversationAsync(key, cancellationToken);
        if (cohortId is null || await store.GetSubscriptionAsync(cohortId, key, cancellationToken) is not { } sub)
        {
            return;
        }

        var resumed = sub.Paused && sub.PausedReason?.StartsWith("gone", StringComparison.Ordinal) == true || sub.PausedReason == UninstalledReason;
        await store.SubscribeAsync(sub with
        {
            ServiceUrl = reference.ServiceUrl ?? sub.ServiceUrl,
            TenantId = reference.Conversation!.TenantId ?? sub.TenantId,
            BotId = reference.Bot?.Id ?? sub.BotId,
            BotName = reference.Bot?.Name ?? sub.BotName,
        }, cancellationToken);
        if (sub.Paused && !resumed)
        {
            await store.SetSubscriptionPausedAsync(cohortId, key, true, sub.PausedReason, cancellationToken); // an operator's pause stays
        }

        logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId} refreshed on install{Resumed}", key, cohortId, resumed ? " and resumed" : string.Empty);
    }

    /// <summary>The bot was removed: pause the conversation's subscription instead of failing sends later (if storage
    /// is down now, the first send that finds the bot gone pauses it).</summary>
    public async Task OnUninstalledAsync(string conversationKey, CancellationToken cancellationToken)
    {
        store.ForgetCachedConversation(conversationKey);
        try
        {
            var (cohortId, _) = await store.FindByConversationAsync(conversationKey, cancellationToken);
            if (cohortId is not null)
            {
                await store.SetSubscriptionPausedAsync(cohortId, conversationKey, true, UninstalledReason, cancellationToken);
                logger.LogInformation("Subscription {ConversationKey} of cohort {CohortId} paused: bot uninstalled", conversationKey, cohortId);
            }
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Could not pause the subscription of {ConversationKey} on uninstall: table storage unavailable ({Reason})", conversationKey, e.Reason);
        }
    }
}
