using Azure.Data.Tables;
using StudyBot.Storage;

namespace StudyBot.Testing;

/// <summary>How the service under test authenticates Bot Framework traffic: <see cref="Anonymous"/> (no app id,
/// no tokens either way), or an app of <see cref="AppType"/> against a loopback authority
/// (<see cref="BotFrameworkTestAuthority"/>): every posted activity then carries a valid channel token and every reply
/// the bot's own token from the fake Entra endpoint (https with a pinned certificate, or plain http on loopback).</summary>
public sealed record BotAuth(string? AppType, bool HttpsTokenEndpoint = true)
{
    public static readonly BotAuth Anonymous = new((string?)null);

    public static BotAuth BotFramework(string appType = BotFrameworkOptions.MultiTenant, bool httpsTokenEndpoint = true) => new(appType, httpsTokenEndpoint);
}

/// <summary>The one chat harness: the real StudyBot service on a loopback port and a loopback fake Bot Framework
/// connector, over real HTTP. Post an activity to <c>/api/messages</c> as a channel does and get what the bot sent
/// back; restart on the same tables. One per auth mode (<see cref="BotAuth"/>).
/// <code>
/// await using var chat = await BotChat.StartAsync(azurite.Settings());
/// var reply = await chat.SayAsync("/done k8s-operator");
/// </code></summary>
public sealed class BotChat : IAsyncDisposable
{
    private readonly IDictionary<string, string?> _settings;
    private readonly TimeProvider? _time;
    private readonly Action<WebApplicationBuilder>? _configure;
    private readonly string _environment;
    private readonly List<StudyBotHost> _replicas = [];

    private BotChat(IDictionary<string, string?> settings, TimeProvider? time, Action<WebApplicationBuilder>? configure, string environment, LoopbackServer connector, BotFrameworkTestAuthority? authority)
    {
        _settings = settings;
        _time = time;
        _configure = configure;
        _environment = environment;
        Connector = connector;
        Authority = authority;
    }

    /// <summary>The fake connector: every reply, send, update and delete of the bot arrives here.</summary>
    public LoopbackServer Connector { get; }

    /// <summary>The loopback OpenID authority and token endpoint (<see cref="BotAuth.BotFramework"/> only).</summary>
    public BotFrameworkTestAuthority? Authority { get; }

    public StudyBotHost Bot { get; private set; } = null!;

    public HttpClient Client => Bot.Client;

    public IServiceProvider Services => Bot.Services;

    /// <param name="settings">Configuration (storage from <c>AzuriteFixture.Settings()</c>, anything else the test needs).</param>
    /// <param name="auth">Anonymous (default), or Bot Framework auth against a loopback authority; the test's own
    /// <paramref name="settings"/> win over the authority's.</param>
    /// <param name="time">Injected clock (a <c>FakeTimeProvider</c>).</param>
    /// <param name="configure">Service replacements (kept across <see cref="RestartAsync"/>).</param>
    /// <param name="environment">The host environment (rules that differ outside Development).</param>
    public static async Task<BotChat> StartAsync(IDictionary<string, string?> settings, BotAuth? auth = null, TimeProvider? time = null, Action<WebApplicationBuilder>? configure = null, string environment = "Development")
    {
        var authority = auth?.AppType is { } appType ? await BotFrameworkTestAuthority.StartAsync(auth.HttpsTokenEndpoint) : null;
        IDictionary<string, string?> all = settings;
        if (authority is not null)
        {
            all = authority.Settings(appType: auth!.AppType!);
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }

            configure = auth.HttpsTokenEndpoint ? authority.TrustTokenEndpoint + configure : configure;
        }

        var chat = new BotChat(all, time, configure, environment, await LoopbackServer.StartAsync(), authority);
        await chat.StartBotAsync();
        return chat;
    }

    /// <summary>Stops the service and starts a new one on the same tables (nothing kept in memory survives).</summary>
    public async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        await StartBotAsync();
    }

    private async Task StartBotAsync() => Bot = await StudyBotHost.StartAsync(_settings, _time, _configure, _environment);

    /// <summary>Starts another instance of the service on the same tables, clock and connector: a second replica, as the
    /// chart runs them (stopped with the chat).</summary>
    public async Task<StudyBotHost> StartReplicaAsync()
    {
        var replica = await StudyBotHost.StartAsync(_settings, _time, _configure, _environment);
        _replicas.Add(replica);
        return replica;
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A message activity as a channel sends it, served by this chat's connector.</summary>
    public Activity Message(string text, string channelId = Channels.WebChat, string userId = "user-1", string conversationId = "conv-1", string? locale = null) =>
        TestActivities.Message(text, Connector.Url, channelId, userId, conversationId, locale);

    /// <summary>Posts the activity to <c>/api/messages</c>, with a valid channel token in Bot Framework mode unless
    /// <paramref name="bearer"/> says otherwise.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, string? bearer = null, CancellationToken cancellationToken = default) =>
        TestActivities.PostAsync(Client, activity, bearer ?? Authority?.CreateChannelToken(activity), cancellationToken);

    /// <summary>Posts the activity and returns the bot's reply to it (the connector call that answers its id), with a
    /// valid channel token in Bot Framework mode unless <paramref name="bearer"/> says otherwise.</summary>
    public Task<RecordedRequest> SendAsync(Activity activity, string? bearer = null) =>
        TestActivities.ExchangeAsync(Client, Connector, activity, bearer ?? Authority?.CreateChannelToken(activity));

    /// <summary>Says <paramref name="text"/> and returns every string of the bot's reply (its text, or its card).</summary>
    public async Task<string> SayAsync(string text, string userId = "user-1", string conversationId = "dm-1", string? locale = null, string channelId = Channels.WebChat, Action<Activity>? shape = null)
    {
        var activity = Message(text, channelId, userId, conversationId, locale);
        shape?.Invoke(activity);
        return AllText((await SendAsync(activity)).Json);
    }

    /// <summary>The rows of a table (its raw entities: what a test checks was written).</summary>
    public async Task<List<TableEntity>> RowsAsync(string table, string? partition = null)
    {
        var client = await Service<TableStore>().GetTableAsync(table);
        var rows = new List<TableEntity>();
        await foreach (var row in partition is null ? client.QueryAsync<TableEntity>() : client.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The learner's completion rows: the <c>Completions</c> partition without its change stamp
    /// (<see cref="StudyBot.Checklist.CompletionStore.StampRow"/>, no data of its own).</summary>
    public async Task<List<TableEntity>> CompletionRowsAsync(string learnerKey) =>
        (await RowsAsync(StudyBot.Checklist.CompletionStore.CompletionsTable, learnerKey)).Where(r => r.RowKey != StudyBot.Checklist.CompletionStore.StampRow).ToList();

    /// <summary>Every string in a reply activity: its text, or the card bodies when the renderer sent cards.</summary>
    public static string AllText(JsonElement json)
    {
        var sb = new StringBuilder();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    sb.Append(e.GetString()).Append('\n');
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x);
                    }

                    break;
            }
        }

        Walk(json.TryGetProperty("text", out var text) && !json.TryGetProperty("attachments", out _) ? text : json);
        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        if (Authority is not null)
        {
            await Authority.DisposeAsync();
        }
    }
}
