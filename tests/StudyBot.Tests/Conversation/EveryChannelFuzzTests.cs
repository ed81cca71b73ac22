using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

using StudyBot.Tests.Slack;
using StudyBot.Tests.WebChat;

namespace StudyBot.Tests.Conversation;

/// <summary>The fuzz test of issue 14: random, huge, deeply nested, mixed-script and control-character inputs through
/// every command on every channel adapter — Bot Framework (<c>/api/messages</c>, also as Teams), Direct Line, Slack
/// slash commands, events and interactions — each answered within <see cref="BoundMs"/> ms, never with a 5xx or the
/// "something went wrong" apology, and the process still serving every channel afterwards.
/// Reproducible: the seed is fixed (set <c>STUDYBOT_FUZZ_SEED</c> to explore others) and printed with any failure.</summary>
[Collection(nameof(EveryChannelFuzzTests))]
public sealed class EveryChannelFuzzTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>The bound for one answer. A case over it is sent again (with fresh ids) up to
    /// <see cref="Attempts"/> times and passes if any attempt is within it: a loaded 2-core CI box can stall one request,
    /// while an input that is slow to handle (the recursive umbrella parse took 1.8 s, the fuzzy id flood 1.5 s) is slow
    /// every time. When every attempt is over it, the case is judged fairly instead of by a clock a loaded box stretches
    /// (at load 40 on 2 cores a 2 ms request takes 100 ms or more): only if a benign request sent right after it is
    /// slow too (<see cref="StalledMs"/>: the box is stalled, not the case) does the case pass on its cost — the CPU time
    /// it took (the test runs alone in its process) within <see cref="BoundMs"/> and no more storage requests than a benign
    /// command makes. An input slow to handle costs its CPU on any box; one that waits on nothing is fast when the box is.</summary>
    private const int BoundMs = 250;

    private const int Attempts = 3;

    /// <summary>A benign storage-reading command slower than this (≈50 × its idle time) means the box is stalled.</summary>
    private const int StalledMs = BoundMs / 2;

    /// <summary>Random inputs per command and channel (the classics come on top).</summary>
    private const int PerCommand = 4;

    private const string BotId = "bot-1";

    /// <summary>What counts as an answer: success, a refusal of the request, or (for an invoke nobody handles, as in the
    /// SDK) 501. Never a 5xx failure, never a dropped connection.</summary>
    private static readonly int[] Answered = [200, 201, 400, 413, 501];

    private readonly List<string> _failures = [];
    private readonly List<double> _best = [];
    private readonly List<string> _slackEventChannels = [];
    private readonly List<string> _interactionPaths = [];
    private string? _awaitingAnswer;
    private readonly List<string> _answers = [];
    private SlackTestHost _slack = null!;
    private LoopbackServer _connector = null!;
    private int _serial;
    private TableStore _tables = null!;
    private long _benignStorageRequests;
    private int _judgedOnCost;

    private HttpClient Client => _slack.Client;

    public async ValueTask InitializeAsync()
    {
        _connector = await LoopbackServer.StartAsync();
        var settings = azurite.Settings(("RateLimits:DirectLineStarts:TokenLimit", "1000"));
        _slack = await SlackTestHost.StartAsync(settings, b => b.Logging.AddFakeLogging());
    }

    public async ValueTask DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Hostile_inputs_through_every_command_on_every_channel_are_answered_within_250_ms_and_the_process_stays_up()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("STUDYBOT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20_261_202;
        var inputs = new HostileInputs(seed);
        var router = _slack.Bot.Services.GetRequiredService<CommandRouter>();
        var directLine = new DirectLineClient(Client);
        await directLine.ConnectAsync();

        // Warm up every path once (JIT, connection pools, tables created on first use): not what the bound is about.
        // A second round measures the most storage requests a benign command makes (the cost a hostile case may have):
        // /done records afresh each round because /undo removed it.
        _tables = _slack.Bot.Services.GetRequiredService<TableStore>();
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in new[] { "/help", "/done k8s-operator", "/progress", "/ask HPA", "/today", "/undo k8s-operator" })
            {
                foreach (var request in new Func<HttpRequestMessage>[] { () => BotFramework(text), () => DirectLine(directLine, text), () => SlashCommand(text) })
                {
                    var before = _tables.RequestsSent;
                    await TimeAsync("warm-up", request);
                    _benignStorageRequests = round == 0 ? 0 : Math.Max(_benignStorageRequests, _tables.RequestsSent - before);
                }
            }
        }

        // Same-run baseline for the summary: a plain /help on each channel.
        _best.Clear();
        for (var i = 0; i < 10; i++)
        {
            await TimeAsync("baseline", () => BotFramework("/help"));
            await TimeAsync("baseline", () => DirectLine(directLine, "/help"));
            await TimeAsync("baseline", () => SlashCommand("/help"));
            await TimeAsync("baseline", () => SlackEvent("/help"));
            await TimeAsync("baseline", () => SlackInteraction("/help"));
        }

        var baseline = Summary(_best);
        _failures.Clear();
        _best.Clear();

        var texts = new List<(string Name, string Text)>();
        foreach (var command in router.Commands)
        {
            var names = command.Aliases.Prepend(command.Name).ToArray();
            for (var i = 0; i < PerCommand; i++)
            {
                var name = inputs.Pick(names);
                var input = inputs.Text();
                var text = inputs.Next(4) switch
                {
                    0 => $"{name} {input}",
                    1 => $"/study {name} {input}",
                    2 => $"/study study /{name} {input}",
                    _ => $"/{name} {input}",
                };
                texts.Add(($"{command.Name} #{i} ({text.Length} chars)", text));
            }
        }

        texts.AddRange(HostileInputs.Classics());
        texts.AddRange(Enumerable.Range(0, PerCommand * 2).Select(i => ($"free text #{i}", inputs.Text())));

        foreach (var (name, text) in texts)
        {
            await TimeAsync("Bot Framework " + name, () => BotFramework(text));
            await TimeAsync("Teams " + name, () => BotFramework(text, Channels.MsTeams));
            await TimeAsync("Direct Line " + name, () => DirectLine(directLine, text));
            await TimeAsync("Slack command " + name, () => SlashCommand(text));
            await TimeAsync("Slack event " + name, () => SlackEvent(text));
            await TimeAsync("Slack interaction " + name, () => SlackInteraction(text));
        }

        foreach (var (name, request) in StructuralCases(inputs, directLine))
        {
            await TimeAsync(name, request);
        }

        var summary = $"seed {seed}: {_best.Count} hostile cases {Summary(_best)}; baseline /help on the same channels {baseline}; {_judgedOnCost} judged on their cost (box stalled)";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(_failures.Count == 0, $"{summary}\n{_failures.Count} failures:\n{string.Join('\n', _failures.Take(25))}");

        await AssertStillServingAsync(directLine);
        await AssertNoApologyAsync(directLine);

        // Nothing failed inside either: no error logged, and no input passed for a storage outage.
        var logged = _slack.Bot.Services.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Level >= LogLevel.Error || r.Message.Contains("storage unavailable", StringComparison.OrdinalIgnoreCase))
            .Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception?.GetType().Name}")
            .ToArray();
        Assert.True(logged.Length == 0, string.Join('\n', logged.Take(10)));
    }

    /// <summary>Sends a case (up to <see cref="Attempts"/> times while it is over the bound) and records the outcome.</summary>
    private async Task TimeAsync(string name, Func<HttpRequestMessage> request)
    {
        var best = double.MaxValue;
        var cheapest = (Cpu: TimeSpan.MaxValue, StorageRequests: long.MaxValue);
        var status = 0;
        for (var attempt = 0; attempt < Attempts && best > BoundMs; attempt++)
        {
            using var message = request();
            var cpu = Environment.CpuUsage.TotalTime;
            var storage = _tables.RequestsSent;
            var started = Stopwatch.GetTimestamp();
            using var response = await Client.SendAsync(message, TestContext.Current.CancellationToken);
            var answer = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var cost = (Cpu: Environment.CpuUsage.TotalTime - cpu, StorageRequests: (_tables.RequestsSent) - storage);
            cheapest = cost.Cpu < cheapest.Cpu ? cost : cheapest;
            _answers.Add(answer);

            // An accepted Slack event or click is answered after the ack: remember what to wait for.
            if (response.StatusCode == HttpStatusCode.OK && _awaitingAnswer is { } pending)
            {
                (pending.StartsWith('/') ? _interactionPaths : _slackEventChannels).Add(pending);
            }

            _awaitingAnswer = null;
            status = (int)response.StatusCode;
            if (!Answered.Contains(status))
            {
                break;
            }
        }

        _best.Add(best);
        if (!Answered.Contains(status))
        {
            _failures.Add($"{name}: HTTP {status}");
        }
        else if (best > BoundMs)
        {
            var control = await BenignMillisecondsAsync();
            var withinCost = cheapest.Cpu.TotalMilliseconds <= BoundMs && cheapest.StorageRequests <= _benignStorageRequests;
            if (control > StalledMs && withinCost)
            {
                _judgedOnCost++;
            }
            else
            {
                _failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {best:F0} ms at best of {Attempts} (CPU {cheapest.Cpu.TotalMilliseconds:F0} ms, {cheapest.StorageRequests} storage requests, benign at most {_benignStorageRequests}; a benign /progress right after: {control:F0} ms)"));
            }
        }
    }

    /// <summary>How long a benign command that reads storage (<c>/progress</c> on Bot Framework) takes right now.</summary>
    private async Task<double> BenignMillisecondsAsync()
    {
        using var message = BotFramework("/progress");
        var started = Stopwatch.GetTimestamp();
        using var response = await Client.SendAsync(message, TestContext.Current.CancellationToken);
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private HttpRequestMessage BotFramework(string text, string channelId = Channels.WebChat)
    {
        var activity = TestActivities.Message(text, _connector.Url, channelId: channelId, userId: "fuzz-user", conversationId: "fuzz-conv");
        activity.Recipient = new ChannelAccount { Id = BotId, Name = "StudyBot" };
        if (channelId == Channels.MsTeams)
        {
            activity.Conversation!.TenantId = "tenant-fuzz";
            activity.Entities = [Entity.Mention(activity.Recipient, "<at>StudyBot</at>")];
            activity.Text = "<at>StudyBot</at> " + text;
        }

        return Json("api/messages", JsonSerializer.Serialize(activity, BotJson.Options));
    }

    private HttpRequestMessage DirectLine(DirectLineClient client, string text)
    {
        var request = Json($"v3/directline/conversations/{client.ConversationId}/activities", JsonSerializer.Serialize(new { type = "message", text, from = new { id = "whoever" } }));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);
        return request;
    }

    private HttpRequestMessage SlashCommand(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var (command, rest) = text.StartsWith('/') && space > 0 ? (text[..space], text[(space + 1)..]) : ("/study", text);
        return SlackRequests.Command(SlackRequests.SlashCommand(command, rest, _slack.ResponseUrl, userId: "UFUZZ", triggerId: Guid.NewGuid().ToString("N")));
    }

    private HttpRequestMessage SlackEvent(string text)
    {
        var channel = "DFUZZ" + Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture);
        _awaitingAnswer = channel;
        return SlackRequests.Event(JsonSerializer.Serialize(new
        {
            type = "event_callback",
            team_id = "T333",
            event_id = "Ev" + Guid.NewGuid().ToString("N")[..12],
            event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            authorizations = new[] { new { user_id = "UBOT1", is_bot = true } },
            @event = new { type = "message", channel_type = "im", user = "UFUZZ", text, ts = "1700000000.000100", channel },
        }));
    }

    private HttpRequestMessage SlackInteraction(string text)
    {
        var path = "interactions/" + Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture);
        _awaitingAnswer = string.IsNullOrWhiteSpace(text) ? null : "/" + path;

        return SlackRequests.Interaction(JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = "UFUZZ", team_id = "T333" },
            team = new { id = "T333" },
            channel = new { id = "C600" },
            trigger_id = Guid.NewGuid().ToString("N"),
            response_url = _slack.Responses.Url + path,
            actions = new[] { new { action_id = StudyBot.Slack.BlockKitRenderer.ActionIdPrefix + "0", value = text } },
        }));
    }

    /// <summary>Inputs whose hostility is in their shape rather than their text.</summary>
    private IEnumerable<(string Name, Func<HttpRequestMessage> Request)> StructuralCases(HostileInputs inputs, DirectLineClient directLine)
    {
        string Deep(int depth) => new string('[', depth) + new string(']', depth);
        string Activity(Action<JsonObject> change)
        {
            var activity = JsonSerializer.SerializeToNode(TestActivities.Message("/help", _connector.Url, userId: "fuzz-user", conversationId: "fuzz-conv"), BotJson.Options)!.AsObject();
            activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "StudyBot" };
            change(activity);
            return activity.ToJsonString();
        }

        var mention = new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "StudyBot" }, ["text"] = "<at>StudyBot</at>" };
        yield return ("Bot Framework: 4,000 bot mention entities", () => Json("api/messages", Activity(a =>
        {
            a["text"] = string.Concat(Enumerable.Repeat("<at>StudyBot</at> ", 3_000)) + "/help";
            a["entities"] = new JsonArray([.. Enumerable.Range(0, 4_000).Select(i => (JsonNode)new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "StudyBot" + (i % 50).ToString(CultureInfo.InvariantCulture) },
                ["text"] = "<at>StudyBot" + (i % 50).ToString(CultureInfo.InvariantCulture) + "</at>",
            })]);
        })));
        yield return ("Bot Framework: channelData nested 20,000 deep", () => Json("api/messages", Activity(_ => { }).TrimEnd('}') + ",\"channelData\":" + Deep(20_000) + "}"));
        yield return ("Bot Framework: value nested 60 deep, no text", () => Json("api/messages", Activity(a =>
        {
            a.Remove("text");
            a["value"] = JsonNode.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 60)) + "1" + new string('}', 60));
        })));
        yield return ("Bot Framework: card submit with a hostile command", () => Json("api/messages", Activity(a =>
        {
            a.Remove("text");
            a["value"] = new JsonObject { ["command"] = "/study study done " + inputs.Text(3_000) };
        })));
        yield return ("Bot Framework: 2,000 attachments, no text", () => Json("api/messages", Activity(a =>
        {
            a.Remove("text");
            a["attachments"] = new JsonArray([.. Enumerable.Range(0, 2_000).Select(_ => (JsonNode)new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://x.example/a.png" })]);
        })));
        yield return ("Bot Framework: conversationUpdate with 10,000 members", () => Json("api/messages", Activity(a =>
        {
            a["type"] = "conversationUpdate";
            a["membersAdded"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode)new JsonObject { ["id"] = i == 9_999 ? BotId : "u" + i.ToString(CultureInfo.InvariantCulture) })]);
        })));
        yield return ("Teams: card action invoke with hostile data", () => Json("api/messages", Activity(a =>
        {
            a["channelId"] = Channels.MsTeams;
            a["type"] = "invoke";
            a["name"] = "adaptiveCard/action";
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = inputs.Text(2_000), ["data"] = new JsonObject { ["command"] = inputs.Text(5_000) } } };
        })));
        yield return ("Teams: installationUpdate and unknown invoke", () => Json("api/messages", Activity(a =>
        {
            a["channelId"] = Channels.MsTeams;
            a["type"] = "invoke";
            a["name"] = inputs.Text(1_000);
            a["value"] = JsonNode.Parse(Deep(50));
        })));
        yield return ("Bot Framework: hostile locale, time zone and names", () => Json("api/messages", Activity(a =>
        {
            a["text"] = "/today";
            a["locale"] = inputs.Text(5_000);
            a["localTimezone"] = "../../../etc/passwd" + inputs.Text(2_000);
            a["from"] = new JsonObject { ["id"] = "fuzz-user", ["name"] = inputs.Text(20_000) };
        })));
        yield return ("Bot Framework: 100,000-char user id", () => Json("api/messages", Activity(a => a["from"] = new JsonObject { ["id"] = new string('u', 100_000) })));
        yield return ("Bot Framework: control characters in ids", () => Json("api/messages", Activity(a =>
        {
            a["text"] = "/done k8s-operator";
            a["from"] = new JsonObject { ["id"] = "u\u0000/\\#?\u001F" };
            a["conversation"] = new JsonObject { ["id"] = "c\u0000/\\#?\u202E", ["tenantId"] = "t\u0007" };
        })));
        yield return ("Bot Framework: lone surrogates", () => Json("api/messages", Activity(_ => { }).Replace("\"/help\"", "\"/done \\ud800\\udc00\\udfff\\ud800 k8s\\ud83d\"", StringComparison.Ordinal)));
        yield return ("Bot Framework: 300 KB body", () => Json("api/messages", Activity(a => a["text"] = new string('x', 300_000))));
        yield return ("Direct Line: activity nested 20,000 deep", () =>
        {
            var request = Json($"v3/directline/conversations/{directLine.ConversationId}/activities", "{\"type\":\"message\",\"channelData\":" + Deep(20_000) + "}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", directLine.Token);
            return request;
        }
        );
        yield return ("Slack event: blocks nested 20,000 deep", () => SlackRequests.Event("{\"type\":\"event_callback\",\"team_id\":\"T333\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"channel\":\"D1\",\"blocks\":" + Deep(20_000) + "}}"));
        yield return ("Slack event: 100,000-char user id", () => SlackRequests.Event(JsonSerializer.Serialize(new { type = "event_callback", team_id = "T333", event_id = "Ev2", @event = new { type = "app_mention", user = new string('U', 100_000), channel = "C1", text = "help" } })));
        yield return ("Slack command: 100,000-char ids", () => SlackRequests.Command(SlackRequests.SlashCommand("/done", "k8s-operator", _slack.ResponseUrl, userId: new string('U', 50_000), channelId: "C\u0000" + new string('C', 50_000), teamId: "T/#?\\")));
        yield return ("Slack interaction: payload nested 20,000 deep", () => SlackRequests.Interaction("{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"view\":" + Deep(20_000) + "}"));
        yield return ("Slack interaction: 1,000 actions", () => SlackRequests.Interaction(JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = "UFUZZ", team_id = "T333" },
            trigger_id = Guid.NewGuid().ToString("N"),
            response_url = _slack.Responses.Url + "interactions/bulk",
            actions = Enumerable.Range(0, 1_000).Select(i => new { action_id = "other:" + i.ToString(CultureInfo.InvariantCulture), value = inputs.Text(100) }),
        })));
    }

    private static HttpRequestMessage Json(string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static string Summary(IReadOnlyCollection<double> millis)
    {
        var sorted = millis.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.5):F1} ms, p99 {At(0.99):F1} ms, max {At(1):F1} ms (best of {Attempts})");
    }

    /// <summary>After all that, every channel still answers <c>/help</c>, and the background Slack work was all done.</summary>
    private async Task AssertStillServingAsync(DirectLineClient directLine)
    {
        using var health = await Client.GetAsync("healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var activity = TestActivities.Message("/help", _connector.Url, conversationId: "after-fuzz");
        using var posted = await TestActivities.PostAsync(Client, activity, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        await _connector.WaitForAsync(r => r.RawTarget.EndsWith("/" + activity.Id, StringComparison.Ordinal));

        var said = await directLine.SayAsync("/help");
        await directLine.WaitForAsync(a => a.Str("replyToId") == said);

        var (status, json) = await _slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand("/help", string.Empty, _slack.ResponseUrl)));
        Assert.Equal(200, status);
        Assert.Contains("/study help", BlockKitLimits.AllText(json), StringComparison.Ordinal); // help, in the installed form

        // Events and clicks are answered after the ack: each accepted one was answered.
        await _slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage" && _slackEventChannels.Contains(r.Json.GetProperty("channel").GetString()!), _slackEventChannels.Count, TimeSpan.FromSeconds(60));
        foreach (var path in _interactionPaths)
        {
            await _slack.Responses.WaitForAsync(r => r.Path == path, timeout: TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>No input made a command fail: no reply anywhere is the generic apology.</summary>
    private async Task AssertNoApologyAsync(DirectLineClient directLine)
    {
        var dialogs = _slack.Bot.Services.GetRequiredService<Dialogs>();
        var apologies = dialogs.Locales.Select(l => dialogs.Plain(l, "core.error")).ToArray();
        using var transcript = await directLine.GetActivitiesAsync(null);
        var bodies = _connector.Requests.Select(r => r.Body)
            .Concat(_slack.Api.Requests.Select(r => r.Body))
            .Concat(_slack.Responses.Requests.Select(r => r.Body))
            .Concat(_answers)
            .Append(await transcript.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(apologies, a => body.Contains(a, StringComparison.Ordinal));
        }
    }
}

/// <summary>The fuzz test runs alone (after the parallel tests, nothing else in its process): the CPU time it reads is
/// its own cases' cost.</summary>
[CollectionDefinition(nameof(EveryChannelFuzzTests), DisableParallelization = true)]
public sealed class EveryChannelFuzzCollection;
