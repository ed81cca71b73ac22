using System.Diagnostics;
using System.Collections.Concurrent;

namespace StudyBot.Benchmarks;

/// <summary>Bounded loopback load of <c>/help</c> through <c>POST /api/messages</c>, replies going to a loopback fake
/// connector. Measures per request the HTTP ack time and the time until the reply reaches the connector, for
/// StudyBot (anonymous, and with auth on: JWT validated inbound, MSAL token outbound) and, in the same run, for the
/// same /help bot on the Bot Framework SDK for JS (botbuilder) and on the Microsoft 365 Agents SDK
/// (@microsoft/agents-hosting), both anonymous on loopback (peers/, installed with npm ci when missing).</summary>
[Bench("messages-load", "/help via /api/messages under loopback load: StudyBot vs botbuilder (JS) vs agents-hosting (JS).")]
public sealed class MessagesLoadBench : Bench<MessagesLoadBench.Options>
{
    public sealed record Options(int Requests = 2000, int Concurrency = 16, int Warmup = 200, bool NoPeers = false);

    protected override async Task<int> RunAsync(Options options)
    {
        var (requests, concurrency, warmup, noPeers) = options;
        var withPeers = !noPeers;

        Console.WriteLine($"messages-load: {requests} requests of /help, concurrency {concurrency}, {warmup} warm-up requests per target, all on 127.0.0.1");
        await using var connector = await LoopbackServer.StartAsync();
        var replies = new ReplyWatcher(connector);
        await using var azurite = await AzuriteServer.StartAsync();
        var storage = azurite.Settings();

        var results = new List<(string Target, LoadResult Result)>();
        await using (var bot = await StudyBotHost.StartAsync(storage))
        {
            results.Add(("StudyBot (anonymous)", await LoadAsync(bot.BaseAddress, connector, replies, null, requests, concurrency, warmup)));
        }

        await using (var authority = await BotFrameworkTestAuthority.StartAsync())
        await using (var bot = await StudyBotHost.StartAsync(authority.Settings(storage), configure: authority.TrustTokenEndpoint))
        {
            var token = authority.CreateChannelToken(connector.Url);
            results.Add(("StudyBot (auth on: JWT in + MSAL out)", await LoadAsync(bot.BaseAddress, connector, replies, token, requests, concurrency, warmup)));
        }

        if (withPeers)
        {
            var peers = NodePeers.Folder();
            await NodePeers.EnsureInstalledAsync(peers, "botbuilder", Path.Combine("@microsoft", "agents-hosting"));
            foreach (var (label, script) in new[] { ("botbuilder " + PeerVersion(peers, "botbuilder") + " (JS)", "botbuilder-bot.js"), ("agents-hosting " + PeerVersion(peers, "@microsoft/agents-hosting") + " (JS)", "agents-bot.js") })
            {
                await using var peer = await NodePeers.StartAsync(peers, script, ("NODE_ENV", "development")); // the peers' anonymous mode, as StudyBot's Development
                results.Add((label, await LoadAsync(peer.BaseAddress, connector, replies, null, requests, concurrency, warmup)));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"target",-40} {"HTTP ack (ms) p50 / p90 / p99",-32} {"reply at connector (ms) p50 / p90 / p99",-42} {"req/s",7} {"errors",6}");
        foreach (var (target, r) in results)
        {
            Console.WriteLine(FormattableString.Invariant($"{target,-40} {r.Ack.P50,8:F2} / {r.Ack.P90,7:F2} / {r.Ack.P99,7:F2}       {r.Reply.P50,8:F2} / {r.Reply.P90,7:F2} / {r.Reply.P99,7:F2}               {r.Ack.PerSecond,7:F0} {r.Errors,6}"));
        }

        Console.WriteLine();
        Console.WriteLine("ack = POST /api/messages until its HTTP answer; reply = POST /api/messages until the /help reply (replyToId = the activity) reached the fake connector.");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs (shared), .NET {Environment.Version}, node {NodeVersion()}");
        return results.Any(r => r.Result.Errors > 0) ? 1 : 0;
    }

    private static async Task<LoadResult> LoadAsync(Uri bot, LoopbackServer connector, ReplyWatcher replies, string? bearer, int requests, int concurrency, int warmup)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = bot,
            Timeout = TimeSpan.FromSeconds(30),
        };

        await RunAsync(http, connector, replies, bearer, warmup, concurrency, null, null);
        connector.Clear();
        var ack = new ConcurrentBag<double>();
        var reply = new ConcurrentBag<double>();
        var started = Stopwatch.GetTimestamp();
        var errors = await RunAsync(http, connector, replies, bearer, requests, concurrency, ack, reply);
        var wall = Stopwatch.GetElapsedTime(started);
        connector.Clear();
        return new LoadResult(LatencySummary.From(ack.ToArray(), wall), LatencySummary.From(reply.ToArray(), wall), errors);
    }

    private static async Task<int> RunAsync(HttpClient http, LoopbackServer connector, ReplyWatcher replies, string? bearer, int count, int concurrency, ConcurrentBag<double>? ack, ConcurrentBag<double>? reply)
    {
        var turns = HelpTurns.Serialize(connector.Url, count, concurrency, "load");

        var errors = 0;
        await Workers.RunAsync(count, concurrency, async i =>
        {
            var (id, json) = turns[i];
            var arrived = replies.Expect(id);
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await TestActivities.PostAsync(http, json, bearer);
                var acked = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    replies.Forget(id);
                    return;
                }

                var replyAt = await arrived.WaitAsync(TimeSpan.FromSeconds(30));

                ack?.Add(acked);
                reply?.Add(Stopwatch.GetElapsedTime(start, replyAt).TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
                replies.Forget(id);
            }
        });
        return errors;
    }

    private static string PeerVersion(string peers, string package)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(peers, "node_modules", package, "package.json")));
        return doc.RootElement.GetProperty("version").GetString() ?? "?";
    }

    private sealed record LoadResult(LatencySummary Ack, LatencySummary Reply, int Errors);

    /// <summary>Completes a waiter when the fake connector receives the reply to an activity (by its replyToId).</summary>
    private sealed class ReplyWatcher
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new();

        public ReplyWatcher(LoopbackServer connector) =>
            connector.On(r => r.Method == "POST", r =>
            {
                using var doc = JsonDocument.Parse(r.Body);
                if (doc.RootElement.TryGetProperty("replyToId", out var id) && id.GetString() is { } replyTo && _waiting.TryRemove(replyTo, out var waiter))
                {
                    waiter.TrySetResult(Stopwatch.GetTimestamp());
                }

                return ScriptedResponse.Json(new { id = "r" + Stopwatch.GetTimestamp() });
            });

        public Task<long> Expect(string activityId)
        {
            var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[activityId] = waiter;
            return waiter.Task;
        }

        public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);
    }

    private static string NodeVersion()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true }) ?? throw new InvalidOperationException();
            var version = node.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
