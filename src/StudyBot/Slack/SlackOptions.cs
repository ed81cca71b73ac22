using System.ComponentModel.DataAnnotations;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary>Native Slack app settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends; empty turns the Slack routes off (404).</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>Bot token (<c>xoxb-…</c>) for the Web API: the one-workspace shortcut, used for a workspace that has no
    /// OAuth installation of its own.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>OAuth v2 client id (Basic Information → App Credentials); with <see cref="ClientSecret"/> and
    /// <see cref="TokenEncryptionKey"/> it turns on installs to many workspaces.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>OAuth v2 client secret: exchanges the install code for the workspace's bot token.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Base64 of 32 random bytes: the AES-256-GCM key the workspaces' bot tokens are stored under.</summary>
    public string TokenEncryptionKey { get; set; } = string.Empty;

    /// <summary>Keys used before <see cref="TokenEncryptionKey"/> (rotation): tokens stored under one of them are still read
    /// and stored again under the current key the first time they are read.</summary>
    public List<string> PreviousTokenEncryptionKeys { get; set; } = [];

    /// <summary>Where the install sends the admin's browser (Slack's OAuth v2 consent page).</summary>
    [Required]
    [HttpUrl]
    public string AuthorizeUrl { get; set; } = "https://slack.com/oauth/v2/authorize";

    /// <summary>The OAuth redirect URL Slack sends the admin back to; it must be listed in the app's manifest. Empty: this
    /// service's own base URL (<c>WebChat:ServiceUrl</c>, else its listening address) + <c>api/slack/oauth/callback</c>.</summary>
    [HttpUrl] public string RedirectUrl { get; set; } = string.Empty;

    /// <summary>How long a signed install <c>state</c> stays valid.</summary>
    [Positive] public TimeSpan InstallStateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The slash command the manifest installs (<c>/study done …</c>); its sub-commands are StudyBot's commands.</summary>
    public string CommandPrefix { get; set; } = "study";

    /// <summary>How long a Slack user's locale (<c>users.info</c>) is remembered.</summary>
    [NotNegative] public TimeSpan UserLocaleCacheTime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a turn waits for <c>users.info</c> before answering in the default language; zero turns the
    /// lookup off.</summary>
    [NotNegative] public TimeSpan UserLocaleBudget { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>True when the manifest also installs the short forms (<c>/done</c>, <c>/ask</c>, …); help then shows them.</summary>
    public bool ShortCommands { get; set; }

    /// <summary>Slack Web API base (tests point it at a loopback fake).</summary>
    [Required]
    [HttpUrl]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Hosts besides <c>hooks.slack.com</c> that a <c>response_url</c> may point to (https; http only for a
    /// loopback host in Development, e.g. a test's fake). See <see cref="SlackResponseUrls"/>.</summary>
    public List<string> ResponseUrlHosts { get; set; } = [];

    /// <summary>Largest request body accepted (413 over it). Slack payloads are a few KB; messages can hold 40k chars.</summary>
    [Positive] public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a slash command may run before the ack goes out and the reply follows via <c>response_url</c>
    /// (Slack gives up after 3 s).</summary>
    [NotNegative] public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Background jobs (events, button clicks, late replies) waiting at most; beyond it Slack gets a 503 and retries.</summary>
    [Positive] public int QueueCapacity { get; set; } = 512;

    /// <summary>Background jobs run at once.</summary>
    [Positive] public int Workers { get; set; } = 4;

    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);

    /// <summary>OAuth installs to many workspaces are configured (client id, secret and token key).</summary>
    public bool OAuthEnabled => Enabled && !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret) && !string.IsNullOrEmpty(TokenEncryptionKey);
}
