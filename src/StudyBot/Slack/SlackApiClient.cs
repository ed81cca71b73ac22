using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>Posts StudyBot replies into Slack channels (used by the Events API handler and by reminders).</summary>
public interface ISlackMessenger
{
    /// <summary>Posts <paramref name="reply"/> to a channel (or a thread of it) and returns the message <c>ts</c>.</summary>
    /// <exception cref="SlackApiException">Slack refused; <see cref="SlackApiException.IsGone"/> when the channel is
    /// unreachable for good (pause the subscription rather than retry).</exception>
    Task<string?> PostAsync(string channel, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default);
}

/// <summary>A Slack Web API call answered <c>ok:false</c> (or a 429 that outlasted the retries).</summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    private static readonly HashSet<string> GoneErrors = ["channel_not_found", "not_in_channel", "is_archived", "team_access_not_granted"];
    private static readonly HashSet<string> AuthErrors = ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission", "missing_scope"];

    public string Method { get; } = method;

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>.</summary>
    public string Error { get; } = error;

    /// <summary>The channel cannot be posted to until someone re-invites the app: stop sending there.</summary>
    public bool IsGone => GoneErrors.Contains(Error);

    /// <summary>The token is wrong or revoked: retrying cannot help, an operator must fix the configuration.</summary>
    public bool IsAuthError => AuthErrors.Contains(Error);
}

/// <summary>Slack Web API over the named <c>slack-api</c> HttpClient (resilience handler: 429 honours Retry-After,
/// transient 5xx retried; <c>ok:false</c> answers come with HTTP 200 and are never retried).</summary>
public sealed class SlackApiClient(IHttpClientFactory httpClientFactory, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger) : ISlackMessenger
{
    public const string HttpClientName = "slack-api";

    private readonly SemaphoreSlim _authLock = new(1, 1);
    private string? _botUserId;

    public async Task<string?> PostAsync(string channel, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = BlockKitRenderer.Render(reply).ToJson();
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var answer = await CallAsync("chat.postMessage", body, cancellationToken);
        return answer.TryGetProperty("ts", out var ts) ? ts.GetString() : null;
    }

    /// <summary>Posts a message only <paramref name="user"/> sees in <paramref name="channel"/>.</summary>
    public async Task PostEphemeralAsync(string channel, string user, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = BlockKitRenderer.Render(reply).ToJson();
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        await CallAsync("chat.postEphemeral", body, cancellationToken);
    }

    /// <summary>The bot's own user id (from <c>auth.test</c>, asked once), so the bot can ignore its own messages.</summary>
    public async Task<string> GetBotUserIdAsync(CancellationToken cancellationToken)
    {
        if (_botUserId is { } known)
        {
            return known;
        }

        await _authLock.WaitAsync(cancellationToken);
        try
        {
            if (_botUserId is null)
            {
                var answer = await CallAsync("auth.test", new JsonObject(), cancellationToken);
                _botUserId = answer.GetProperty("user_id").GetString() ?? throw new SlackApiException("auth.test", "no_user_id");
            }

            return _botUserId;
        }
        finally
        {
            _authLock.Release();
        }
    }

    private async Task<JsonElement> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var baseUrl = o.ApiBaseUrl.EndsWith('/') ? o.ApiBaseUrl : o.ApiBaseUrl + "/";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), method))
        {
            Content = new StringContent(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.BotToken);

        var started = Stopwatch.GetTimestamp();
        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        StudyBotMetrics.ConnectorDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("status", (int)response.StatusCode), new KeyValuePair<string, object?>("method", method));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            logger.LogWarning("Slack {Method} still rate limited after retries", method);
            throw new SlackApiException(method, "ratelimited");
        }

        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Slack {Method} answered HTTP {Status}", method, (int)response.StatusCode);
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        JsonElement root;
        try
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }

        if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
            logger.LogWarning("Slack {Method} refused: {Error}", method, error);
            throw new SlackApiException(method, error);
        }

        return root;
    }
}
