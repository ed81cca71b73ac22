namespace StudyBot.Connector.Teams;

/// <summary>Told when StudyBot is installed into or removed from a conversation (Teams <c>installationUpdate</c>,
/// <c>conversationUpdate</c> with the bot in <c>membersAdded</c>/<c>membersRemoved</c>, team deleted…). The
/// reminders capability implements it with stored subscriptions; the default does nothing.</summary>
public interface IConversationLifecycle
{
    /// <summary>The bot is (still) installed here: store or refresh the reference (serviceUrl, tenant, conversation).
    /// Called again for the same conversation on re-install, upgrade and team rename; must be idempotent.</summary>
    Task OnInstalledAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The bot can no longer post here (uninstalled, removed, team or channel deleted).</summary>
    /// <param name="conversationKey">The conversation's stable key, <see cref="Conversation.ConversationInfo.Key"/>
    /// (<c>{channelId}|{conversationId without ;messageid=}</c>).</param>
    Task OnUninstalledAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>Registered until a capability that stores subscriptions replaces it.</summary>
public sealed class NoOpConversationLifecycle : IConversationLifecycle
{
    public Task OnInstalledAsync(ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnUninstalledAsync(string conversationKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
