using System.Diagnostics;
using Microsoft.Extensions.Options;
using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Reminders;

namespace StudyBot.Benchmarks;

/// <summary>Fan-out of one morning reminder to 1,000 subscribed channels (fake Teams connector + fake Slack Web API on
/// loopback, Azurite tables), sent by two service instances at once: every channel must get exactly one message.</summary>
/// <remarks><c>dotnet run -c Release --project tests/StudyBot.Benchmarks -- fanout-bench [channels] [slackShare]</c></remarks>
[Bench("fanout-bench", "1,000 channels (Teams + Slack fakes), two instances, exactly once; time and messages/s vs pacing [channels=1000] [slackShare=0.5]")]
public sealed class FanoutBench : IBenchCommand
{
    private const int Tenants = 10;

    public async Task<int> RunAsync(string[] args)
    {
        var channels = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var slackShare = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.5;
        var slackCount = (int)Math.Round(channels * slackShare);
        var teamsCount = channels - slackCount;

        await using var azurite = await AzuriteServer.StartAsync();
        await using var teams = await LoopbackServer.StartAsync();
        await using var slack = await LoopbackServer.StartAsync();
        slack.Default = _ => ScriptedResponse.Json(new { ok = true, ts = "1700000000." + Guid.NewGuid().ToString("N")[..6] });

        var settings = azurite.Settings(
            ("Admin:ApiKey", OperatorRequests.TestKey),
            ("Reminders:Scheduler", "false"),
            ("Slack:BotToken", "xoxb-bench"),
            ("Slack:SigningSecret", "bench-secret"),
            ("Slack:ApiBaseUrl", slack.Url));
        await using var a = await StudyBotHost.StartAsync(settings);
        await using var b = await StudyBotHost.StartAsync(settings);

        // Baseline, same run: the fake endpoints alone (plain POSTs at the same parallelism, no storage, no pacing).
        var options = a.Services.GetRequiredService<IOptions<RemindersOptions>>().Value;
        var pacing = options.Pacing;
        var baseline = await BaselineAsync(teams, channels, options.MaxParallelism);

        await a.Client.AdminJsonAsync(HttpMethod.Put, "api/admin/cohorts/bench", new { track = "k8s-week3-part3", startDate = "2026-12-07" });
        var store = a.Services.GetRequiredService<CohortStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, channels), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var subscription = i < teamsCount
                ? new Subscription
                {
                    CohortId = "bench",
                    Key = Subscription.KeyOf("msteams", $"19:bench{i}@thread.tacv2"),
                    ChannelId = "msteams",
                    ConversationId = $"19:bench{i}@thread.tacv2",
                    ServiceUrl = teams.Url,
                    TenantId = "tenant-" + (i % Tenants),
                    ConversationType = "channel",
                    BotId = "28:bench",
                }
                : new Subscription
                {
                    CohortId = "bench",
                    Key = Subscription.KeyOf(Channels.SlackNative, $"CBENCH{i}"),
                    ChannelId = Channels.SlackNative,
                    ConversationId = $"CBENCH{i}",
                    TenantId = "TBENCH",
                };
            await store.SubscribeAsync(subscription, ct);
        });

        // Both instances run the same slot at the same moment.
        var started = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(RunAsync(a.Client), RunAsync(b.Client));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var teamsTargets = teams.Requests.Where(r => r.Method == "POST").GroupBy(r => r.RawTarget).ToArray();
        var slackTargets = slack.Requests.Where(r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal)).GroupBy(r => r.Json.GetProperty("channel").GetString()).ToArray();
        var delivered = teamsTargets.Length + slackTargets.Length;
        var duplicates = teamsTargets.Count(g => g.Count() > 1) + slackTargets.Count(g => g.Count() > 1);
        var sent = results.Sum(r => r.GetProperty("sent").GetInt32());
        var failed = results.Sum(r => r.GetProperty("failed").GetInt32());

        // A third run finds everything delivered.
        var again = await RunAsync(a.Client);

        Console.WriteLine($"fanout-bench: {channels} channels ({teamsCount} Teams in {Tenants} tenants via fake connector, {slackCount} native Slack via fake Web API), 2 instances racing");
        Console.WriteLine(FormattableString.Invariant($"  reminder fan-out : {elapsed.TotalSeconds:F2} s total, {delivered / elapsed.TotalSeconds:F0} messages/s (parallelism {options.MaxParallelism})"));
        Console.WriteLine(FormattableString.Invariant($"  baseline         : {baseline.TotalSeconds:F2} s for {channels} plain POSTs to the fake connector, {channels / baseline.TotalSeconds:F0} requests/s"));
        Console.WriteLine(FormattableString.Invariant($"  pacing limits    : Teams {pacing.TeamsPerTenantPerSecond:F0}/s per tenant ({pacing.TeamsPerTenantPerSecond * Tenants:F0}/s over {Tenants} tenants), {1000.0 / pacing.BotFrameworkPerConversationMs:F0}/s per conversation; Slack {1000.0 / pacing.SlackPerChannelMs:F0}/s per channel"));
        Console.WriteLine($"  exactly once     : {delivered}/{channels} channels got a message, {duplicates} duplicates; sent {sent} (instance A {results[0].GetProperty("sent").GetInt32()}, B {results[1].GetProperty("sent").GetInt32()}), failed {failed}; re-run: alreadySent {again.GetProperty("alreadySent").GetInt32()}, sent {again.GetProperty("sent").GetInt32()}");
        return delivered == channels && duplicates == 0 && again.GetProperty("sent").GetInt32() == 0 ? 0 : 1;
    }

    private static async Task<TimeSpan> BaselineAsync(LoopbackServer server, int count, int parallelism)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            using var response = await http.PostAsJsonAsync($"baseline/v3/conversations/b{i}/activities", new { type = "message", text = "baseline" }, ct);
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        server.Clear();
        return elapsed;
    }

    private static Task<JsonElement> RunAsync(HttpClient client) =>
        client.AdminJsonAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=bench&date=2026-12-11&slot=morning");
}
