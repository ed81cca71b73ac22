using Microsoft.AspNetCore.Builder;
using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

/// <summary>The reminder tests' set-up on the shared chat harness: a fake clock, the scheduler off (tests tick by hand),
/// no pacing waits and no connector retries, and as many replicas as the test asks for, sharing tables and connector.</summary>
internal sealed class ReminderRig : IAsyncDisposable
{
    public const string AdminKey = OperatorRequests.TestKey;

    /// <summary>The cohort most tests use: the Week 3 Kubernetes track from Monday 2026-12-07 (Seoul).</summary>
    public static readonly object Week3 = new { track = "k8s-week3-part3", startDate = "2026-12-07" };

    private ReminderRig(BotChat chat, FakeTimeProvider time, IReadOnlyList<StudyBotHost> replicas)
    {
        Chat = chat;
        Time = time;
        Instances = [chat.Bot, .. replicas];
    }

    public BotChat Chat { get; }

    public LoopbackServer Connector => Chat.Connector;

    public FakeTimeProvider Time { get; }

    public StudyBotHost Host => Chat.Bot;

    private IReadOnlyList<StudyBotHost> Instances { get; }

    public static Task<ReminderRig> StartAsync(AzuriteFixture azurite, DateTimeOffset now, int instances = 1, Dictionary<string, string?>? extra = null, Action<WebApplicationBuilder>? configure = null) =>
        StartAsync(azurite.Settings(), now, instances, extra, configure);

    /// <param name="storage">Where the tables are (<see cref="AzuriteFixture.Settings"/>, or a store of the test's own).</param>
    /// <param name="configure">Service changes of the test's own, after the rig's.</param>
    public static async Task<ReminderRig> StartAsync(Dictionary<string, string?> storage, DateTimeOffset now, int instances = 1, Dictionary<string, string?>? extra = null, Action<WebApplicationBuilder>? configure = null)
    {
        var settings = new Dictionary<string, string?>(storage).With(
            ("Admin:ApiKey", AdminKey),
            ("Reminders:Scheduler", "false"), // the tests tick by hand on the fake clock
            ("Reminders:Pacing:BotFrameworkPerConversationMs", "0"), // pacing waits would run on the fake clock
            ("Reminders:Pacing:TeamsPerTenantPerSecond", "0")).With((extra ?? []).Select(kv => (kv.Key, kv.Value)));
        var time = new FakeTimeProvider(now);
        var chat = await BotChat.StartAsync(settings, time: time, configure: WithoutConnectorRetries + configure);
        var replicas = new List<StudyBotHost>();
        for (var i = 1; i < instances; i++)
        {
            replicas.Add(await chat.StartReplicaAsync());
        }

        return new ReminderRig(chat, time, replicas);
    }

    public StudyBotHost Instance(int i) => Instances[i];

    /// <summary>The connector HttpClient retries short 429/5xx itself (real-time waits); these tests are about what
    /// outlasts those retries — the dispatcher's own retry, pausing and Retry-After — so its handlers are removed.</summary>
    private static void WithoutConnectorRetries(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Services.Configure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(StudyBot.Connector.ConnectorClient.HttpClientName, o => o.HttpMessageHandlerBuilderActions.Clear());

    public T Service<T>(int instance = 0)
        where T : notnull => Instances[instance].Services.GetRequiredService<T>();

    public Task TickAsync(int instance = 0) => Service<ReminderScheduler>(instance).TickAsync(TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null, string? key = AdminKey) =>
        Host.Client.SendAdminAsync(method, path, body, key, TestContext.Current.CancellationToken);

    public Task<JsonElement> AdminJsonAsync(HttpMethod method, string path, object? body = null) =>
        Host.Client.AdminJsonAsync(method, path, body, cancellationToken: TestContext.Current.CancellationToken);

    public Task<JsonElement> PutCohortAsync(string id, object body) => AdminJsonAsync(HttpMethod.Put, $"api/admin/cohorts/{id}", body);

    /// <summary>Creates <paramref name="cohort"/> on <see cref="Week3"/> and subscribes a conversation to it.</summary>
    public async Task Week3CohortAsync(string cohort, string conversationId, string channelId = "msteams")
    {
        await PutCohortAsync(cohort, Week3);
        await SubscribeAsync(cohort, conversationId, channelId);
    }

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
        var activity = Chat.Message(text, channelId, userId, conversationId, locale);
        shape?.Invoke(activity);
        var reply = await TestActivities.ExchangeAsync(Instance(instance).Client, Connector, activity, cancellationToken: TestContext.Current.CancellationToken);
        return reply.Json.GetProperty("text").GetString() ?? string.Empty;
    }

    /// <summary>Proactive sends the fake connector received for a conversation.</summary>
    public RecordedRequest[] SendsTo(string conversationId) =>
        Connector.Requests.Where(r => r.Method == "POST" && r.RawTarget == $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities").ToArray();

    /// <summary>The buttons of a card the bot sent (its first attachment's actions).</summary>
    public static JsonElement[] Buttons(RecordedRequest send) =>
        [.. send.Json.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions").EnumerateArray()];

    /// <summary>A Teams user (AAD id <paramref name="aadObjectId"/>) presses an <c>Action.Execute</c> button in
    /// <paramref name="conversationId"/>: the <c>adaptiveCard/action</c> invoke Teams sends; returns the invoke answer.</summary>
    public async Task<JsonElement> PressAsync(JsonElement button, string conversationId, string userId, string aadObjectId)
    {
        var press = TestActivities.Message(string.Empty, Connector.Url, Channels.MsTeams, userId, conversationId);
        press.Type = ActivityTypes.Invoke;
        press.Text = null;
        press.Name = StudyBot.Connector.Teams.TeamsActivityHandler.CardActionInvoke;
        press.From!.AadObjectId = aadObjectId;
        press.Conversation!.TenantId = "tenant-1";
        press.Value = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", verb = button.GetProperty("verb").GetString(), data = button.GetProperty("data") },
            trigger = "manual",
        });
        using var response = await TestActivities.PostAsync(Instance(0).Client, press, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    public ValueTask DisposeAsync() => Chat.DisposeAsync();
}
