using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using StudyBot.Conversation;
using StudyBot.Hosting;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary>OAuth v2 install to many workspaces. <c>GET /api/slack/install</c> sends the admin to Slack's consent page with
/// the bot scopes StudyBot uses (<see cref="SlackScopes.Bot"/>) and a <c>state</c> that is signed (HMAC-SHA256 under a key
/// derived from the client secret), expires (<c>Slack:InstallStateLifetime</c>) and is bound to the admin's browser by an
/// HttpOnly cookie. <c>GET /api/slack/oauth/callback</c> checks all three, exchanges the code with <c>oauth.v2.access</c>
/// and stores the workspace's bot token encrypted (<see cref="SlackWorkspaceLifecycle.InstalledAsync"/>). 404 while
/// <c>Slack:ClientId</c>, <c>Slack:ClientSecret</c> or <c>Slack:TokenEncryptionKey</c> is unset.</summary>
public sealed class SlackOAuthEndpoints(
    SlackApiClient api,
    SlackWorkspaceLifecycle lifecycle,
    ServiceBaseUrl baseUrl,
    Dialogs dialogs,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackOAuthEndpoints> logger)
{
    public const string CallbackPath = "api/slack/oauth/callback";
    public const string StateCookie = "studybot_slack_install";

    public IResult Install(HttpContext http)
    {
        var o = options.Value;
        if (!o.OAuthEnabled)
        {
            return Results.NotFound();
        }

        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var expires = time.GetUtcNow() + o.InstallStateLifetime;
        var payload = $"{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{nonce}";
        var state = payload + "." + Sign(payload);
        http.Response.Cookies.Append(StateCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax, // sent on the top-level redirect back from slack.com
            Path = "/api/slack/oauth",
            MaxAge = o.InstallStateLifetime,
        });
        var url = QueryHelpers.AddQueryString(o.AuthorizeUrl, new Dictionary<string, string?>
        {
            ["client_id"] = o.ClientId,
            ["scope"] = string.Join(',', SlackScopes.Bot),
            ["redirect_uri"] = RedirectUri(),
            ["state"] = state,
        });
        return Results.Redirect(url);
    }

    public async Task<IResult> CallbackAsync(HttpContext http)
    {
        var o = options.Value;
        if (!o.OAuthEnabled)
        {
            return Results.NotFound();
        }

        var locale = dialogs.ResolveLocale(http.Request.Headers.AcceptLanguage.ToString().Split(',')[0].Trim() is { Length: > 0 } l ? l : null);
        var query = http.Request.Query;
        if (!StateIsValid(query["state"].ToString(), http.Request.Cookies[StateCookie]))
        {
            logger.LogInformation("Slack install callback refused: state missing, forged, expired or from another browser");
            return Page(http, locale, StatusCodes.Status400BadRequest, "slack.install.bad_state");
        }

        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/api/slack/oauth" });
        if (query["error"].ToString() is { Length: > 0 })
        {
            return Page(http, locale, StatusCodes.Status200OK, "slack.install.cancelled");
        }

        var code = query["code"].ToString();
        if (code.Length is 0 or > 512)
        {
            return Page(http, locale, StatusCodes.Status400BadRequest, "slack.install.bad_state");
        }

        SlackInstallation installation;
        try
        {
            installation = Read(await api.ExchangeCodeAsync(code, RedirectUri(), http.RequestAborted));
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Slack install: oauth.v2.access refused ({Error})", e.Error);
            return Page(http, locale, StatusCodes.Status400BadRequest, "slack.install.failed", new { error = e.Error });
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Slack install: oauth.v2.access unreachable ({Error})", e.HttpRequestError);
            return Page(http, locale, StatusCodes.Status503ServiceUnavailable, "slack.install.try_again");
        }

        try
        {
            await lifecycle.InstalledAsync(installation, http.RequestAborted);
        }
        catch (StorageUnavailableException e)
        {
            // One write holds the token, so nothing is half stored; the admin starts the install again.
            logger.LogWarning("Slack install in {Workspace}: table storage unavailable ({Reason}); answered 503", installation.Workspace.ToString(), e.Reason);
            http.Response.Headers.RetryAfter = HostingExtensions.StorageRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Page(http, locale, StatusCodes.Status503ServiceUnavailable, "slack.install.try_again");
        }

        return Page(http, locale, StatusCodes.Status200OK, "slack.install.done", new { team = installation.TeamName ?? installation.Workspace.TeamId, command = "/" + o.CommandPrefix + " help" });
    }

    private SlackInstallation Read(JsonElement answer)
    {
        var token = answer.Str("access_token");
        var team = answer.Obj("team").Str("id");
        var enterprise = answer.Obj("enterprise").Str("id");
        var isEnterpriseInstall = answer.TryGetProperty("is_enterprise_install", out var e) && e.ValueKind == JsonValueKind.True;
        if (token is null || answer.Str("token_type") != "bot" || !token.StartsWith("xoxb-", StringComparison.Ordinal) || token.Length > 512
            || !(team is not null ? Text.IsId(team) : isEnterpriseInstall && enterprise is not null) || (enterprise is not null && !Text.IsId(enterprise)))
        {
            throw new SlackApiException("oauth.v2.access", "no_bot_token");
        }

        var botUserId = answer.Str("bot_user_id");
        var name = answer.Obj("team").Str("name") ?? answer.Obj("enterprise").Str("name");
        return new SlackInstallation(
            new SlackWorkspace(team ?? string.Empty, enterprise),
            name is null ? null : Text.Clip(name, 100),
            botUserId is not null && Text.IsId(botUserId) ? botUserId : null,
            answer.Str("app_id") is { } appId && Text.IsId(appId) ? appId : null,
            Text.Clip(answer.Str("scope") ?? string.Empty, 1000),
            isEnterpriseInstall,
            time.GetUtcNow())
        {
            Token = token,
        };
    }

    private bool StateIsValid(string state, string? cookieNonce)
    {
        var parts = state.Split('.');
        if (parts.Length != 3 || cookieNonce is null || state.Length > 256
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return false;
        }

        return SecretComparison.AreEqual(parts[2], Sign(parts[0] + "." + parts[1]))
               && SecretComparison.AreEqual(parts[1], cookieNonce)
               && time.GetUtcNow().ToUnixTimeSeconds() <= expires;
    }

    private string Sign(string payload)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ClientSecret), "studybot slack install state"u8);
        return WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));
    }

    private string RedirectUri() => options.Value.RedirectUrl is { Length: > 0 } configured ? configured : baseUrl.Value + CallbackPath;

    private IResult Page(HttpContext http, string locale, int status, string key, object? args = null)
    {
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.CacheControl = "no-store";
        var title = WebUtility.HtmlEncode(dialogs.Plain(locale, "slack.install.title"));
        var body = WebUtility.HtmlEncode(dialogs.Plain(locale, key, args));
        return Results.Content(
            $"<!doctype html><html lang=\"{WebUtility.HtmlEncode(locale)}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{title}</title><style>body{{font-family:system-ui,'Noto Sans CJK KR',sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}}</style></head>" +
            $"<body><h1>{title}</h1><p>{body}</p></body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);
    }
}

/// <summary>The bot scopes StudyBot asks a workspace for — exactly what its code uses (docs/slack.md says why each):
/// the install URL requests these, and the manifest test checks <c>slack/manifest.template.json</c> lists the same.</summary>
public static class SlackScopes
{
    public static readonly IReadOnlyList<string> Bot =
    [
        "commands",          // the /study slash command (and the optional short forms)
        "chat:write",        // answers to mentions and DMs, reminders, the modal's answer in a DM (chat.postMessage)
        "app_mentions:read", // the app_mention event: @StudyBot questions in channels
        "im:history",        // the message.im event: questions in the DM with StudyBot
        "users:read",        // users.info include_locale: the learner's language when they never set one
    ];
}
