namespace StudyBot.Connector;

/// <summary>The Bot Framework connector REST API (<c>{serviceUrl}/v3/conversations/…</c>).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

/// <summary>A connector call the channel refused. <see cref="StatusCode"/> 403/404 mean the bot is no longer in
/// the conversation (removed, blocked) — callers stop sending there instead of retrying.</summary>
public sealed class ConnectorException(int statusCode, string? code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The <c>error.code</c> from the connector's body (e.g. <c>BotNotInConversationRoster</c>).</summary>
    public string? Code { get; } = code;

    public bool IsGone => StatusCode is 403 or 404;

    /// <summary>The <c>Retry-After</c> of a 429/503 answer, if the channel sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
