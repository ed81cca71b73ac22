using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace StudyBot.Testing;

/// <summary>Signed Slack requests as Slack sends them (v0 HMAC-SHA256 over <c>v0:{ts}:{body}</c>), computed here
/// independently of the service's own verifier, for tests and benchmarks.</summary>
public static class SlackRequests
{
    public const string TestSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static string Sign(string secret, long timestamp, string body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:{body}"));
        return "v0=" + Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>A POST of <paramref name="body"/> signed at <paramref name="timestamp"/> (now by default).</summary>
    public static HttpRequestMessage Signed(string path, string body, string contentType, string secret = TestSecret, long? timestamp = null, string? signatureOverride = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signatureOverride ?? Sign(secret, ts, body));
        return request;
    }

    /// <summary>Form-encodes fields the way Slack does (<c>application/x-www-form-urlencoded</c>).</summary>
    public static string Form(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    /// <summary>A slash command body, e.g. <c>SlashCommand("/help", "", responseUrl)</c>.</summary>
    public static string SlashCommand(string command, string text, string responseUrl, string userId = "U111", string channelId = "C222", string teamId = "T333", string? triggerId = null) => Form(new Dictionary<string, string>
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = teamId,
        ["team_domain"] = "cohort",
        ["channel_id"] = channelId,
        ["channel_name"] = channelId.StartsWith('D') ? "directmessage" : "study",
        ["user_id"] = userId,
        ["user_name"] = "learner",
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = "A0STUDYBOT",
        ["response_url"] = responseUrl,
        ["trigger_id"] = triggerId ?? Guid.NewGuid().ToString("N"),
    });

    public static HttpRequestMessage Command(string body, string secret = TestSecret, long? timestamp = null) =>
        Signed("api/slack/commands", body, "application/x-www-form-urlencoded", secret, timestamp);

    public static HttpRequestMessage Event(string json, string secret = TestSecret, long? timestamp = null) =>
        Signed("api/slack/events", json, "application/json", secret, timestamp);

    public static HttpRequestMessage Interaction(string payloadJson, string secret = TestSecret) =>
        Signed("api/slack/interactions", Form([new("payload", payloadJson)]), "application/x-www-form-urlencoded", secret);

    /// <summary>The <c>view_submission</c> payload of a modal whose one text input (<paramref name="blockId"/>,
    /// <paramref name="actionId"/>) holds <paramref name="value"/>.</summary>
    public static string ModalSubmission(string userId, string triggerId, string? callbackId, string blockId, string actionId, string value, string teamId = "T333") =>
        JsonSerializer.Serialize(new
        {
            type = "view_submission",
            user = new { id = userId, team_id = teamId },
            team = new { id = teamId },
            trigger_id = triggerId,
            view = new
            {
                id = "VMODAL",
                type = "modal",
                callback_id = callbackId,
                state = new Dictionary<string, object>
                {
                    ["values"] = new Dictionary<string, object>
                    {
                        [blockId] = new Dictionary<string, object> { [actionId] = new { type = "plain_text_input", value } },
                    },
                },
            },
        });
}
