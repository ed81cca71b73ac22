using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary><c>WebChat:*</c> settings: the built-in Direct Line endpoint, the Web Chat page and the dashboard.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Serves <c>/</c> and <c>/v3/directline</c>. Unset: on in Development only (the endpoint hands tokens to
    /// anyone who asks, so it is a local try-out, not a production channel).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The Web Chat bundle from npm, relative to the content root (the Dockerfile copies it there).</summary>
    public string BundlePath { get; set; } = "node_modules/botframework-webchat/dist/webchat.js";

    // WebChat:ServiceUrl (the service's own base URL) is read by Hosting/ServiceBaseUrl, which every capability shares.

    /// <summary>Other origins (<c>https://host[:port]</c>) whose pages may call the Direct Line endpoint from a browser.
    /// Empty: same-origin only (the page at <c>/</c>), so no other web page can drive a learner's conversation.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The bot's account in Direct Line conversations (the <c>recipient</c> of user activities).</summary>
    public string BotId { get; set; } = "studybot";

    public string BotName { get; set; } = "StudyBot";

    /// <summary>Direct Line token lifetime (the real service: 30 minutes; Web Chat refreshes every 15).</summary>
    [Positive] public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Transcript bound per conversation; older activities are dropped (watermarks keep counting).</summary>
    [Positive] public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Transcript bound per conversation in bytes of activity JSON; older activities are dropped beyond it.</summary>
    [Positive] public long MaxBytesPerConversation { get; set; } = 4 * 1024 * 1024;

    /// <summary>Conversations kept in memory; the least recently used one is dropped beyond this.</summary>
    [Positive] public int MaxConversations { get; set; } = 200;

    /// <summary>A conversation nobody polled or wrote to for this long is forgotten.</summary>
    [Positive] public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long the Direct Line endpoint waits for the bot to take a turn.</summary>
    [HttpTimeout] public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
