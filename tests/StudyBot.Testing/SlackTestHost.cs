namespace StudyBot.Testing;

/// <summary>The real service with Slack configured, a fake Slack Web API and a <c>response_url</c> receiver, all on loopback.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token";

    private SlackTestHost(StudyBotHost bot, LoopbackServer api, LoopbackServer responses)
    {
        Bot = bot;
        Api = api;
        Responses = responses;
    }

    public StudyBotHost Bot { get; }

    /// <summary>Fake Slack Web API (<c>Slack:ApiBaseUrl</c>): answers <c>{ok:true, ts}</c> unless scripted otherwise.</summary>
    public LoopbackServer Api { get; }

    /// <summary>Receives what the service posts to <c>response_url</c>s.</summary>
    public LoopbackServer Responses { get; }

    public string ResponseUrl => Responses.Url + "commands/T333/1234/abcd";

    public HttpClient Client => Bot.Client;

    /// <param name="settings">Where the tables are and the test's own keys; the Slack keys pointing at the fakes are added.</param>
    /// <param name="configure">Service replacements (test commands).</param>
    public static async Task<SlackTestHost> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var api = await LoopbackServer.StartAsync();
        api.Default = _ => ScriptedResponse.Json(new { ok = true, ts = "1700000000.000100", channel = "C222" });
        var responses = await LoopbackServer.StartAsync();
        responses.Default = _ => new ScriptedResponse(200, "ok", "text/plain");
        var bot = await StudyBotHost.StartAsync(new Dictionary<string, string?>(settings).With(
            ("Slack:SigningSecret", SlackRequests.TestSecret),
            ("Slack:BotToken", BotToken),
            ("Slack:ApiBaseUrl", api.Url + "api/"),
            ("Slack:ResponseUrlHosts:0", responses.BaseAddress.Host)), // loopback http: allowed for a listed host in Development
            configure: configure);
        return new SlackTestHost(bot, api, responses);
    }

    /// <summary>Sends a (signed) Slack request and returns the status and the JSON answer, if any.</summary>
    public async Task<(int Status, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        await Responses.DisposeAsync();
    }
}
