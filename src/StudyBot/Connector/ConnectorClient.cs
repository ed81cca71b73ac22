using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Connector;

/// <summary>Connector REST calls over the named <c>connector</c> HttpClient (retries and timeouts: <see cref="ConnectorResilience"/>).
/// Ids are URL-escaped (they contain ':', ';', '@').
/// A token goes only to trusted serviceUrls; a 401 from the connector refreshes the token once and retries.</summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory, IConnectorTokenProvider tokens, IServiceUrlTrust trust, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "connector";

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    private static string Esc(string id) => Uri.EscapeDataString(id);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class, new()
    {
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        if (tokens.IsEnabled && !trust.IsTrusted(serviceUrl))
        {
            // Never hand the bot's token to an address no authenticated activity or operator vouched for.
            logger.LogWarning("Connector {Method} refused: serviceUrl host {Host} is not a trusted Bot Framework host", method, uri.Host);
            StudyBotMetrics.AuthRefusals.Add(1, new KeyValuePair<string, object?>("direction", "outbound"));
            throw new ConnectorException(StatusCodes.Status401Unauthorized, "UntrustedServiceUrl", "serviceUrl is not trusted");
        }

        var started = Stopwatch.GetTimestamp();
        var client = httpClientFactory.CreateClient(HttpClientName);
        var response = await SendOnceAsync(client, method, uri, body, forceRefresh: false, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized && tokens.IsEnabled)
        {
            // The cached token may have been revoked or rotated: fetch a fresh one and try once more.
            response.Dispose();
            response = await SendOnceAsync(client, method, uri, body, forceRefresh: true, cancellationToken);
        }

        using var disposeResponse = response;
        StudyBotMetrics.ConnectorDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("status", (int)response.StatusCode));
        if (!response.IsSuccessStatusCode)
        {
            var (code, message) = await ReadErrorAsync(response, cancellationToken);
            response.Headers.TryGetValues("X-Correlating-OperationId", out var correlation);
            logger.LogWarning("Connector {Method} {Path} failed: {Status} {Code} (operation {OperationId})", method, path, (int)response.StatusCode, code, correlation?.FirstOrDefault());
            throw new ConnectorException((int)response.StatusCode, code, message ?? $"connector answered {(int)response.StatusCode}")
            {
                RetryAfter = ConnectorResilience.RetryAfter(response, TimeSpan.MaxValue),
            };
        }

        if (response.Content.Headers.ContentLength is 0 || typeof(T) == typeof(object))
        {
            return new T();
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpClient client, HttpMethod method, Uri uri, object? body, bool forceRefresh, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        if (await tokens.GetTokenAsync(forceRefresh, cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (!RetrySafety.IsIdempotent(method) && RetrySafety.MayHaveReachedChannel(e, cancellationToken))
        {
            throw Unconfirmed(method, uri, e);
        }
    }

    /// <summary>Not retried (a second post would show twice), and callers must not take it for a failure that is safe to resend.</summary>
    private static DeliveryOutcomeUnknownException Unconfirmed(HttpMethod method, Uri uri, Exception cause) =>
        new($"connector {method} {uri.AbsolutePath} got no clear answer ({cause.GetType().Name}); the channel may have posted it", cause);

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (doc.RootElement.TryGetProperty("error", out var error))
            {
                return (error.TryGetProperty("code", out var c) ? c.GetString() : null, error.TryGetProperty("message", out var m) ? m.GetString() : null);
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }
}
