using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Reminders;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Reminders;

/// <summary>A fake connector, a fake clock and StudyBot instances sharing one set of tables.</summary>
internal sealed class ReminderRig : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key";
    private readonly List<StudyBotHost> _hosts = [];
    private readonly Dictionary<string, string?> _settings;

    private ReminderRig(Dictionary<string, string?> settings, LoopbackServer connector, FakeTimeProvider time)
    {
        _settings = settings;
        Connector = connector;
        Time = time;
    }

    public LoopbackServer Connector { get; }

    public FakeTimeProvider Time { get; }

    public StudyBotHost Host => _hosts[0];

    public static Task<ReminderRig> StartAsync(AzuriteFixture azurite, DateTimeOffset now, int instances = 1, Dictionary<string, string?>? extra = null) =>
        StartAsync(azurite.Settings(), now, instances, extra);

    /// <param name="storage">Where the tables are (<see cref="AzuriteFixture.Settings"/>, or a store of the test's own).</param>
    public static async Task<ReminderRig> StartAsync(Dictionary<string, string?> storage, DateTimeOffset now, int instances = 1, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(storage);
        settings["Admin:ApiKey"] = AdminKey;
        settings["Reminders:Scheduler"] = "false"; // the tests tick by hand on the fake clock
        settings["Reminders:Pacing:BotFrameworkPerConversationMs"] = "0"; // pacing waits would run on the fake clock
        settings["Reminders:Pacing:TeamsPerTenantPerSecond"] = "0";
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }

        var rig = new ReminderRig(settings, await LoopbackServer.StartAsync(), new FakeTimeProvider(now));
        for (var i = 0; i < instances; i++)
        {
            rig._hosts.Add(await StudyBotHost.StartAsync(settings, rig.Time, WithoutConnectorRetries));
        }

        return rig;
    }

    public StudyBotHost Instance(int i) => _hosts[i];

    /// <summary>The connector HttpClient retries short 429/5xx itself (real-time waits); these tests are about what
    /// outlasts those retries — the dispatcher's own retry, pausing and Retry-After — so its handlers are removed.</summary>
    private static void WithoutConnectorRetries(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Services.Configure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(StudyBot.Connector.ConnectorClient.HttpClientName, o => o.HttpMessageHandlerBuilderActions.Clear());

    public T Service<T>(int instance = 0)
        where T : notnull => _hosts[instance].Services.GetRequiredService<T>();

    public Task TickAsync(int instance = 0) => Service<ReminderScheduler>(instance).TickAsync(TestContext.Current.CancellationToken);

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null, string? key = AdminKey)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        if (body is not null)
        {
            request.Content = body is string s ? new StringContent(s, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        return await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> AdminJsonAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await AdminAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> PutCohortAsync(string id, object body) => AdminJsonAsync(HttpMethod.Put, $"api/admin/cohorts/{id}", body);

    /// <summary>Subscribes a Bot Framework conversation served by the fake connector.</summary>
    public Task<JsonElement> SubscribeAsync(string cohort, string conversationId, string channelId = "msteams", string? serviceUrl = null) =>
        AdminJsonAsync(HttpMethod.Post, $"api/admin/cohorts/{cohort}/subscriptions", new
        {
            channelId,
            serviceUrl = serviceUrl ?? Connector.Url,
            conversation = new { id = conversationId, tenantId = "tenant-1", conversationType = "channel" },
            bot = new { id = "28:bot", name = "StudyBot" },
        });

    /// <summary>Says <paramref name="text"/> to an instance in a conversation of <paramref name="channelId"/> and returns
    /// the text of the bot's reply.</summary>
    public async Task<string> SayAsync(string text, string conversationId, string userId = "user-1", string channelId = Channels.MsTeams, string? locale = null, int instance = 0, Action<Activity>? shape = null)
    {
        var activity = TestActivities.Message(text, Connector.Url, channelId, userId, conversationId, locale);
        shape?.Invoke(activity);
        var reply = await TestActivities.ExchangeAsync(Instance(instance).Client, Connector, activity, cancellationToken: TestContext.Current.CancellationToken);
        return reply.Json.GetProperty("text").GetString() ?? string.Empty;
    }

    /// <summary>Proactive sends the fake connector received for a conversation.</summary>
    public RecordedRequest[] SendsTo(string conversationId) =>
        Connector.Requests.Where(r => r.Method == "POST" && r.RawTarget == $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities").ToArray();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Connector.DisposeAsync();
    }
}
