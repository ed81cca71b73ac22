namespace StudyBot.Slack;

/// <summary>Native Slack app settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends; empty turns the Slack routes off (404).</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>Bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Slack Web API base (tests point it at a loopback fake).</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Hosts besides <c>hooks.slack.com</c> that a <c>response_url</c> may point to (https; http only for a
    /// loopback host in Development, e.g. a test's fake). See <see cref="SlackResponseUrls"/>.</summary>
    public List<string> ResponseUrlHosts { get; set; } = [];

    /// <summary>Largest request body accepted (413 over it). Slack payloads are a few KB; messages can hold 40k chars.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a slash command may run before the ack goes out and the reply follows via <c>response_url</c>
    /// (Slack gives up after 3 s).</summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Background jobs (events, button clicks, late replies) waiting at most; beyond it Slack gets a 503 and retries.</summary>
    public int QueueCapacity { get; set; } = 512;

    /// <summary>Background jobs run at once.</summary>
    public int Workers { get; set; } = 4;

    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);
}
