using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Cohorts;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Guides;
using StudyBot.Storage;
using StudyBot.Testing;

namespace StudyBot.Tests.Checklist;

/// <summary>The real service plus a loopback fake connector: sends chat text over <c>/api/messages</c> and returns the
/// reply the bot posted back. Restartable on the same tables.</summary>
internal sealed class ChecklistChat : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;
    private readonly ICohortDirectory? _cohorts;

    private ChecklistChat(Dictionary<string, string?> settings, TimeProvider? time, ICohortDirectory? cohorts, LoopbackServer connector)
    {
        _settings = settings;
        _time = time;
        _cohorts = cohorts;
        Connector = connector;
    }

    public LoopbackServer Connector { get; }

    public StudyBotHost Bot { get; private set; } = null!;

    public GuideCatalog Catalog => Bot.Services.GetRequiredService<IGuideCatalogProvider>().Current;

    public static async Task<ChecklistChat> StartAsync(Dictionary<string, string?> settings, TimeProvider? time = null, ICohortDirectory? cohorts = null)
    {
        var chat = new ChecklistChat(settings, time, cohorts, await LoopbackServer.StartAsync());
        await chat.StartBotAsync();
        return chat;
    }

    /// <summary>Stops the service and starts a new one on the same tables (nothing kept in memory survives).</summary>
    public async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        await StartBotAsync();
    }

    private async Task StartBotAsync() =>
        Bot = await StudyBotHost.StartAsync(_settings, _time, builder =>
        {
            if (_cohorts is not null)
            {
                builder.Services.AddSingleton(_cohorts);
            }
        });

    public async Task<string> SendAsync(string text, string userId = "user-1", string conversationId = "dm-1", string? locale = null, IList<Entity>? entities = null, string? aadObjectId = null)
    {
        var activity = TestActivities.Message(text, Connector.Url, userId: userId, conversationId: conversationId, locale: locale);
        activity.Entities = entities?.ToList();
        activity.From!.AadObjectId = aadObjectId;
        using var response = await TestActivities.PostAsync(Bot.Client, activity);
        response.EnsureSuccessStatusCode();
        var reply = (await Connector.WaitForAsync(r => r.Method == "POST" && r.RawTarget.EndsWith("/" + activity.Id, StringComparison.Ordinal))).Single();
        return AllText(reply.Json);
    }

    public Task<TableClient> TableAsync(string name) => Bot.Services.GetRequiredService<TableStore>().GetTableAsync(name);

    public async Task<List<TableEntity>> RowsAsync(string table, string? partition = null)
    {
        var client = await TableAsync(table);
        var rows = new List<TableEntity>();
        await foreach (var row in partition is null ? client.QueryAsync<TableEntity>() : client.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every string in the reply activity (text, or card bodies if a renderer sends cards).</summary>
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
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>Stands in for the Reminders capability's cohort directory: conversation key → cohort.</summary>
internal sealed class FixedCohorts : ICohortDirectory
{
    private readonly ConcurrentDictionary<string, CohortInfo> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CohortInfo> _byId = new(StringComparer.Ordinal);

    public FixedCohorts Add(string cohortId, string track, params string[] conversationIds)
    {
        var cohort = new CohortInfo(cohortId, track, "ko", "Asia/Seoul");
        _byId[cohortId] = cohort;
        foreach (var id in conversationIds)
        {
            _byConversation[$"{Channels.WebChat}|{id}"] = cohort;
        }

        return this;
    }

    public Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken) =>
        Task.FromResult(_byConversation.GetValueOrDefault(conversation.Key));

    public Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken) => Task.FromResult(_byId.GetValueOrDefault(cohortId));
}
