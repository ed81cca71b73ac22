using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Connector;
using StudyBot.Connector.Cards;
using StudyBot.Connector.Teams;
using StudyBot.Conversation;
using StudyBot.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Connector.Teams;

/// <summary>Teams traffic through the real <c>/api/messages</c> and a loopback connector.</summary>
public sealed class TeamsActivityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TeamId = "19:team-general@thread.skype";
    private const string ChannelConversation = "19:lab-channel@thread.skype;messageid=1700000000000";
    private readonly RecordingLifecycle _lifecycle = new();
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync() => _chat = await BotChat.StartAsync(azurite.Settings(), configure: b => b.Services.AddSingleton<IConversationLifecycle>(_lifecycle));

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    [Fact]
    public async Task A_card_button_round_trips_as_a_Web_Chat_value_and_as_a_Teams_messageBack()
    {
        // The exact data our card carries for a "/help" button.
        var card = AdaptiveCardRenderer.RenderActions(new ReplyBuilder().Actions(new ReplyAction("Help", "/help")).Build())!;
        using var cardJson = JsonDocument.Parse(card.ToJson());
        var data = cardJson.RootElement.GetProperty("actions")[0].GetProperty("data").Clone();

        // Web Chat / Emulator: Action.Submit posts a message with no text and the data as value.
        var webChat = _chat.Message(string.Empty);
        webChat.Text = null;
        webChat.Value = data;
        await PostOkAsync(webChat);
        var first = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Contains("/help", first.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(webChat.Id, first.Json.GetProperty("replyToId").GetString());

        // Teams: messageBack sends msteams.text as the message text, and the data as value.
        _chat.Connector.Clear();
        var teams = TeamsMessage(data.GetProperty("msteams").GetProperty("text").GetString()!, conversationType: "personal", conversationId: "a:personal-chat");
        teams.Value = data;
        await PostOkAsync(teams);
        var second = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Contains("/help", second.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_Teams_channel_the_reply_mentions_the_learner_and_stays_in_the_thread()
    {
        var message = TeamsMessage("<at>StudyBot</at> /help", conversationType: "channel", conversationId: ChannelConversation);
        message.Entities = [Entity.Mention(message.Recipient!, "<at>StudyBot</at>")];
        await PostOkAsync(message);

        var reply = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ChannelConversation)}/activities/{message.Id}", reply.RawTarget);
        var json = reply.Json;
        Assert.Equal(ChannelConversation, json.GetProperty("conversation").GetProperty("id").GetString());
        Assert.StartsWith("<at>Kim</at> ", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var mention = json.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "mention");
        Assert.Equal("29:kim", mention.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Equal("<at>Kim</at>", mention.GetProperty("text").GetString());
    }

    [Fact]
    public async Task In_a_personal_chat_the_reply_has_no_mention()
    {
        await PostOkAsync(TeamsMessage("/help", conversationType: "personal", conversationId: "a:personal-chat"));
        var json = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single().Json;
        Assert.DoesNotContain("<at>", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("entities", out _));
    }

    [Fact]
    public async Task Added_to_a_team_the_bot_is_installed_and_welcomes_in_the_General_channel()
    {
        var update = TeamsEvent(ActivityTypes.ConversationUpdate, TeamId, "teamMemberAdded");
        update.MembersAdded = [new ChannelAccount { Id = "28:bot-app-id" }];
        await PostOkAsync(update);

        var welcome = (await _chat.Connector.WaitForAsync(r => r.Method == "POST")).Single();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TeamId)}/activities", welcome.RawTarget);
        Assert.Contains("StudyBot", welcome.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("@StudyBot", welcome.Json.GetProperty("text").GetString(), StringComparison.Ordinal); // the channel hint (dialogs/ko/teams.yaml)
        Assert.False(welcome.Json.TryGetProperty("replyToId", out _));
        var installed = Assert.Single(_lifecycle.Installed);
        Assert.Equal(TeamId, installed.Conversation!.Id);
        Assert.Equal(_chat.Connector.Url, installed.ServiceUrl);
        Assert.Equal("tenant-1", installed.Conversation.TenantId ?? update.TenantId);
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", false)]
    [InlineData("remove-upgrade", false)]
    public async Task InstallationUpdate_publishes_install_and_uninstall(string action, bool installed)
    {
        var update = TeamsEvent(ActivityTypes.InstallationUpdate, ChannelConversation, eventType: null);
        update.Action = action;
        await PostOkAsync(update);

        if (installed)
        {
            Assert.Equal(ChannelConversation, Assert.Single(_lifecycle.Installed).Conversation!.Id);
            Assert.Empty(_lifecycle.Uninstalled);
        }
        else
        {
            Assert.Equal("msteams|19:lab-channel@thread.skype", Assert.Single(_lifecycle.Uninstalled));
            Assert.Empty(_lifecycle.Installed);
        }
    }

    [Fact]
    public async Task Team_deleted_and_bot_removed_uninstall()
    {
        await PostOkAsync(TeamsEvent(ActivityTypes.ConversationUpdate, TeamId, "teamDeleted"));
        var removed = TeamsEvent(ActivityTypes.ConversationUpdate, "19:other@thread.skype", "teamMemberRemoved");
        removed.MembersRemoved = [new ChannelAccount { Id = "28:bot-app-id" }];
        await PostOkAsync(removed);

        Assert.Equal(["msteams|" + TeamId, "msteams|19:other@thread.skype"], _lifecycle.Uninstalled);
        Assert.Empty(_chat.Connector.Requests); // nothing is posted into a team the bot just left
    }

    [Fact]
    public async Task Team_renamed_refreshes_the_reference()
    {
        await PostOkAsync(TeamsEvent(ActivityTypes.ConversationUpdate, TeamId, "teamRenamed"));
        Assert.Equal(TeamId, Assert.Single(_lifecycle.Installed).Conversation!.Id);
    }

    [Fact]
    public async Task An_Action_Execute_invoke_runs_the_command_and_answers_with_a_card()
    {
        var invoke = TeamsEvent(ActivityTypes.Invoke, "a:personal-chat", eventType: null);
        invoke.Name = TeamsActivityHandler.CardActionInvoke;
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "run", data = new { command = "/help" } }, trigger = "manual" });
        using var response = await _chat.PostAsync(invoke, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCard.ContentType, body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("/help", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Action_Execute_invoke_without_a_command_is_an_error_response()
    {
        var invoke = TeamsEvent(ActivityTypes.Invoke, "a:personal-chat", eventType: null);
        invoke.Name = TeamsActivityHandler.CardActionInvoke;
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "nothing" } });
        using var response = await _chat.PostAsync(invoke, cancellationToken: TestContext.Current.CancellationToken);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    private Activity TeamsMessage(string text, string conversationType, string conversationId)
    {
        var activity = _chat.Message(text, channelId: Channels.MsTeams, userId: "29:kim", conversationId: conversationId);
        activity.From!.Name = "Kim";
        activity.Recipient = new ChannelAccount { Id = "28:bot-app-id", Name = "StudyBot" };
        activity.Conversation!.ConversationType = conversationType;
        activity.Conversation.IsGroup = conversationType != "personal";
        activity.Conversation.TenantId = "tenant-1";
        return activity;
    }

    private Activity TeamsEvent(string type, string conversationId, string? eventType)
    {
        var channelData = eventType is null
            ? new Dictionary<string, object> { ["tenant"] = new { id = "tenant-1" } }
            : new Dictionary<string, object> { ["tenant"] = new { id = "tenant-1" }, ["team"] = new { id = TeamId, name = "DevOps 5기" }, ["eventType"] = eventType };
        return new Activity
        {
            Type = type,
            Id = "evt-" + Guid.NewGuid().ToString("N")[..8],
            ChannelId = Channels.MsTeams,
            ServiceUrl = _chat.Connector.Url,
            From = new ChannelAccount { Id = "29:admin", Name = "Admin" },
            Recipient = new ChannelAccount { Id = "28:bot-app-id", Name = "StudyBot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" },
            ChannelData = JsonSerializer.SerializeToElement(channelData),
        };
    }

    private async Task PostOkAsync(Activity activity)
    {
        using var response = await _chat.PostAsync(activity, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class RecordingLifecycle : IConversationLifecycle
    {
        public List<ConversationReference> Installed { get; } = [];

        public List<string> Uninstalled { get; } = [];

        public Task OnInstalledAsync(ConversationReference reference, CancellationToken cancellationToken)
        {
            lock (Installed)
            {
                Installed.Add(reference);
            }

            return Task.CompletedTask;
        }

        public Task OnUninstalledAsync(string conversationKey, CancellationToken cancellationToken)
        {
            lock (Uninstalled)
            {
                Uninstalled.Add(conversationKey);
            }

            return Task.CompletedTask;
        }
    }
}
