using System.Diagnostics;

namespace StudyBot.Benchmarks;

/// <summary><c>slack-ack</c>: how fast a signed slash command is acknowledged (Slack gives up after 3 s; target p99 &lt; 300 ms),
/// StudyBot's <c>/api/slack/commands</c> next to a minimal Slack Bolt app (peers/slack-bolt) answering with <c>ack()</c>,
/// same requests, same machine, same run; e.g. <c>--text "/done k8s-operator"</c>.</summary>
[Bench("slack-ack", "p50/p99 ack time of signed slash commands: StudyBot vs a Slack Bolt app")]
public sealed class SlackAckBench : Bench<SlackAckBench.Options>
{
    public sealed record Options(string Text = "/help", int Count = 200, int Concurrency = 1, int Warmup = 20);

    protected override async Task<int> RunAsync(Options options)
    {
        var (text, count, concurrency, warmup) = options;
        var command = text.Split(' ', 2)[0];
        var commandText = text.Length > command.Length ? text[(command.Length + 1)..] : string.Empty;

        await using var azurite = await AzuriteServer.StartAsync();
        await using var studyBot = await SlackTestHost.StartAsync(azurite.Settings());
        var bolt = NodePeers.Folder("slack-bolt");
        await NodePeers.EnsureInstalledAsync(bolt, Path.Combine("@slack", "bolt"));
        await using var boltApp = await NodePeers.StartAsync(bolt, "app.js", ("SLACK_SIGNING_SECRET", SlackRequests.TestSecret));
        var responseUrl = studyBot.Responses;

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(1, concurrency) }) { Timeout = TimeSpan.FromSeconds(30) };
        var targets = new (string Name, Uri Url)[]
        {
            ("StudyBot /api/slack/commands", new Uri(studyBot.Bot.BaseAddress, "api/slack/commands")),
            ("Slack Bolt 5.1 HTTPReceiver ack() (baseline)", new Uri(boltApp.BaseAddress, "slack/events")),
        };

        Console.WriteLine($"slack-ack: {count} signed slash commands '{text}' over loopback, concurrency {concurrency}, {warmup} warm-up each");
        var results = new List<(string Name, LatencySummary Summary, int Failures)>();
        foreach (var (name, url) in targets)
        {
            await MeasureAsync(http, url, command, commandText, responseUrl.Url, warmup, concurrency);
            var (latencies, wall, failures) = await MeasureAsync(http, url, command, commandText, responseUrl.Url, count, concurrency);
            var summary = LatencySummary.From(latencies, wall);
            results.Add((name, summary, failures));
            Console.WriteLine($"  {name,-46} {summary}{(failures > 0 ? $"  FAILURES={failures}" : string.Empty)}");
        }

        var ours = results[0];
        var late = responseUrl.Requests.Count;
        Console.WriteLine(FormattableString.Invariant($"  target p99 < 300 ms: {(ours.Summary.P99 < 300 && ours.Failures == 0 ? "met" : "MISSED")} (StudyBot p99 {ours.Summary.P99:F2} ms; {late} replies went via response_url)"));
        return ours.Failures == 0 ? 0 : 1;
    }

    private static async Task<(List<double> Latencies, TimeSpan Wall, int Failures)> MeasureAsync(HttpClient http, Uri url, string command, string text, string responseUrl, int count, int concurrency)
    {
        var latencies = new List<double>(count);
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Workers.RunAsync(count, concurrency, async i =>
        {
            var body = SlackRequests.SlashCommand(command, text, responseUrl + "hooks/1", userId: "U0BENCH" + (i % 20), triggerId: Guid.NewGuid().ToString("N"));
            using var request = SlackRequests.Signed(url.ToString(), body, "application/x-www-form-urlencoded");
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ok = response.IsSuccessStatusCode && answer.Contains("\"response_type\"", StringComparison.Ordinal);
            lock (latencies)
            {
                latencies.Add(elapsed);
                failures += ok ? 0 : 1;
            }
        });
        return (latencies, wall.Elapsed, failures);
    }
}
