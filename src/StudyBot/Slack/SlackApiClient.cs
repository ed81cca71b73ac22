using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StudyBot.Conversation;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary>Posts StudyBot replies into Slack channels (used by the Events API handler and by reminders).</summary>
public interface ISlackMessenger
{
    /// <summary>Posts <paramref name="reply"/> to a channel (or a thread of it) of <paramref name="workspace"/> with that
    /// workspace's bot token and returns the message <c>ts</c>.</summary>
    /// <exception cref="SlackApiException">Slack refused; <see cref="SlackApiException.IsGone"/> when the channel is
    /// unreachable for good (pause the subscription rather than retry), <see cref="SlackApiException.IsAuthError"/> when
    /// the workspace has no usable token (uninstalled).</exception>
    Task<string?> PostAsync(SlackWorkspace workspace, string channel, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default);
}

/// <summary>A Slack Web API call answered <c>ok:false</c> (or a 429 that outlasted the retries).</summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    private static readonly HashSet<string> GoneErrors = ["channel_not_found", "not_in_channel", "is_archived", "team_access_not_granted"];
    private static readonly HashSet<string> AuthErrors = ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission", "missing_scope", NotInstalled];

    /// <summary>StudyBot's own code: no token for the workspace (never installed, or uninstalled).</summary>
    public const string NotInstalled = "not_installed";

    public string Method { get; } = method;

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>.</summary>
    public string Error { get; } = error;

    /// <summary>The channel cannot be posted to until someone re-invites the app: stop sending there.</summary>
    public bool IsGone => GoneErrors.Contains(Error);

    /// <summary>The token is wrong or revoked: retrying cannot help, an operator must fix the configuration.</summary>
    public bool IsAuthError => AuthErrors.Contains(Error);
}

/// <summary>Slack Web API over the named <c>slack-api</c> HttpClient (resilience handler: 429 honours Retry-After,
/// transient 5xx retried; <c>ok:false</c> answers come with HTTP 200 and are never retried; every attempt paced by
/// <see cref="SlackRateLimits"/>). Every call acts for one workspace and carries that workspace's bot token
/// (<see cref="SlackInstallations"/>, else <c>Slack:BotToken</c>). Tokens never reach a log line.</summary>
public sealed class SlackApiClient(IHttpClientFactory httpClientFactory, SlackInstallations installations, CommandSyntax syntax, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger) : ISlackMessenger
{
    public const string HttpClientName = "slack-api";

    /// <summary>How long the workspaces of an org-wide install (<c>auth.teams.list</c>) are trusted before asking again.</summary>
    private static readonly TimeSpan GridTeamsLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Pages of <c>auth.teams.list</c> read at most (1,000 workspaces a page).</summary>
    private const int GridTeamsMaxPages = 20;

    private readonly TtlCache<IReadOnlySet<string>> _gridTeams = new(time, GridTeamsLifetime);

    private readonly SemaphoreSlim _authLock = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _botUserIds = new(StringComparer.Ordinal);

    public async Task<string?> PostAsync(SlackWorkspace workspace, string channel, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = BlockKitRenderer.Render(syntax.Rewrite(reply, Channels.SlackNative)).ToJson();
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var answer = await CallAsync(workspace, "chat.postMessage", body, cancellationToken, channel);
        return answer.TryGetProperty("ts", out var ts) ? ts.GetString() : null;
    }

    /// <summary>Posts a message only <paramref name="user"/> sees in <paramref name="channel"/>.</summary>
    public async Task PostEphemeralAsync(SlackWorkspace workspace, string channel, string user, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = BlockKitRenderer.Render(syntax.Rewrite(reply, Channels.SlackNative)).ToJson();
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        await CallAsync(workspace, "chat.postEphemeral", body, cancellationToken);
    }

    /// <summary><c>views.publish</c>: shows <paramref name="view"/> as <paramref name="user"/>'s Home tab.</summary>
    public Task PublishHomeAsync(SlackWorkspace workspace, string user, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync(workspace, "views.publish", new JsonObject { ["user_id"] = user, ["view"] = view }, cancellationToken);

    /// <summary><c>views.open</c>: opens a modal in answer to an interaction (its <c>trigger_id</c> lives 3 seconds).</summary>
    public Task OpenViewAsync(SlackWorkspace workspace, string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync(workspace, "views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);

    /// <summary><c>users.info</c> with <c>include_locale</c>: the user's Slack locale (<c>en-US</c>, <c>ko-KR</c>), or null.</summary>
    public async Task<string?> GetUserLocaleAsync(SlackWorkspace workspace, string user, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(workspace, "users.info", new JsonObject { ["user"] = user, ["include_locale"] = true }, cancellationToken, form: true);
        return answer.TryGetProperty("user", out var u) ? u.Str("locale") : null;
    }

    /// <summary>The bot's own user id in <paramref name="workspace"/> (from its install, else <c>auth.test</c>, asked once),
    /// so the bot can ignore its own messages.</summary>
    public async Task<string> GetBotUserIdAsync(SlackWorkspace workspace, CancellationToken cancellationToken)
    {
        var key = workspace.ToString();
        if (_botUserIds.TryGetValue(key, out var known))
        {
            return known;
        }

        if (await InstallationAsync(workspace, cancellationToken) is { BotUserId: { Length: > 0 } installed })
        {
            return _botUserIds[key] = installed;
        }

        await _authLock.WaitAsync(cancellationToken);
        try
        {
            if (!_botUserIds.TryGetValue(key, out known))
            {
                var answer = await CallAsync(workspace, "auth.test", new JsonObject(), cancellationToken);
                known = answer.Str("user_id") ?? throw new SlackApiException("auth.test", "no_user_id");
                _botUserIds[key] = known;
            }

            return known;
        }
        finally
        {
            _authLock.Release();
        }
    }

    /// <summary>Forgets what was learned about a workspace's bot (after an uninstall).</summary>
    public void Forget(SlackWorkspace workspace) => _botUserIds.TryRemove(workspace.ToString(), out _);

    /// <summary><c>oauth.v2.access</c>: exchanges an install's code for the workspace's bot token (client id and secret as
    /// HTTP Basic credentials, as Slack prefers).</summary>
    public async Task<JsonElement> ExchangeCodeAsync(string code, string redirectUri, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUri("oauth.v2.access"))
        {
            Content = new FormUrlEncodedContent([new("code", code), new("redirect_uri", redirectUri)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(o.ClientId)}:{Uri.EscapeDataString(o.ClientSecret)}")));
        return await SendAsync("oauth.v2.access", request, cancellationToken);
    }

    /// <summary>The install that serves <paramref name="workspace"/>: its own or its organization's
    /// (<see cref="SlackInstallations.FindAsync"/>); for a workspace known by its team only (slash commands, reminder
    /// subscriptions), else the org-wide install whose organization has the app in that workspace
    /// (<c>auth.teams.list</c>, remembered for a while); null when none does.</summary>
    public async Task<SlackInstallation?> InstallationAsync(SlackWorkspace workspace, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(workspace, cancellationToken) is { } own)
        {
            return own;
        }

        if (workspace.EnterpriseId is not null || workspace.TeamId.Length == 0)
        {
            return null;
        }

        foreach (var org in await installations.OrgWideAsync(cancellationToken))
        {
            if ((await TeamsOfAsync(org, cancellationToken)).Contains(workspace.TeamId))
            {
                return org;
            }
        }

        return null;
    }

    /// <summary>The workspaces an org-wide install serves (<c>auth.teams.list</c> with its token), remembered for
    /// <see cref="GridTeamsLifetime"/>; <paramref name="fresh"/> asks Slack again. A failure counts as none (and is
    /// remembered, so a refusing organization is not asked on every turn).</summary>
    public async Task<IReadOnlySet<string>> TeamsOfAsync(SlackInstallation org, CancellationToken cancellationToken, bool fresh = false)
    {
        var key = org.Workspace.EnterpriseId ?? string.Empty;
        if (!fresh && _gridTeams.TryGet(key, out var known))
        {
            return known;
        }

        var teams = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var cursor = string.Empty;
            for (var page = 0; page < GridTeamsMaxPages; page++)
            {
                var body = new JsonObject { ["limit"] = 1000 };
                if (cursor.Length > 0)
                {
                    body["cursor"] = cursor;
                }

                var answer = await CallAsync(org.Workspace, "auth.teams.list", body, cancellationToken, form: true, token: org.Token);
                if (answer.TryGetProperty("teams", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    teams.UnionWith(list.EnumerateArray().Select(t => t.Str("id")).OfType<string>().Where(Conversation.Text.IsId));
                }

                cursor = answer.Obj("response_metadata").Str("next_cursor") ?? string.Empty;
                if (cursor.Length is 0 or > 512)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            logger.LogWarning("auth.teams.list failed for organization {Enterprise}: {Error}", key, e is SlackApiException s ? s.Error : e.GetType().Name);
        }

        _gridTeams.Set(key, teams);
        return teams;
    }

    /// <summary>The workspaces last listed for an organization's org-wide install, without asking Slack (after an
    /// uninstall its token no longer works); empty when none were listed on this replica.</summary>
    public IReadOnlySet<string> KnownTeamsOf(string enterpriseId) =>
        _gridTeams.TryGet(enterpriseId, out var known) ? known : new HashSet<string>();

    /// <summary>The bot token for <paramref name="workspace"/>: its install's, else the one-workspace <c>Slack:BotToken</c>.</summary>
    private async Task<string> TokenAsync(SlackWorkspace workspace, string method, CancellationToken cancellationToken)
    {
        if (await InstallationAsync(workspace, cancellationToken) is { } installation)
        {
            return installation.Token;
        }

        return options.Value.BotToken is { Length: > 0 } single ? single : throw new SlackApiException(method, SlackApiException.NotInstalled);
    }

    private Uri MethodUri(string method)
    {
        var baseUrl = options.Value.ApiBaseUrl.EndsWith('/') ? options.Value.ApiBaseUrl : options.Value.ApiBaseUrl + "/";
        return new Uri(new Uri(baseUrl), method);
    }

    private async Task<JsonElement> CallAsync(SlackWorkspace workspace, string method, JsonObject body, CancellationToken cancellationToken, string? channel = null, bool form = false, string? token = null)
    {
        token ??= await TokenAsync(workspace, method, cancellationToken);

        // users.info reads its arguments from a form (JSON bodies are for write methods).
        HttpContent content = form
            ? new FormUrlEncodedContent(body.Select(p => new KeyValuePair<string, string>(p.Key, p.Value is null ? string.Empty : p.Value.GetValueKind() == JsonValueKind.String ? p.Value.GetValue<string>() : p.Value.ToJsonString())))
            : new StringContent(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUri(method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Options.Set(SlackRateLimits.WorkspaceKey, workspace.ToString());
        if (channel is not null)
        {
            request.Options.Set(SlackRateLimits.ChannelKey, channel);
        }

        return await SendAsync(method, request, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
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
            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "unknown_error" : "unknown_error";
            error = Conversation.Text.IsId(error) ? error : "unknown_error";
            logger.LogWarning("Slack {Method} refused: {Error}", method, error);
            throw new SlackApiException(method, error);
        }

        return root;
    }
}
