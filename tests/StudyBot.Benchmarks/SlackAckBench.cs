using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using StudyBot.Hosting;
using StudyBot.Testing;

namespace StudyBot.Benchmarks;

/// <summary><c>slack-ack</c>: how fast a signed slash command is acknowledged (Slack gives up after 3 s; target p99 &lt; 300 ms),
/// StudyBot's <c>/api/slack/commands</c> next to a minimal Slack Bolt app (peers/slack-bolt) answering with <c>ack()</c>,
/// same requests, same machine, same run. Options: <c>--text "/done k8s-operator"</c> (default <c>/help</c>),
/// <c>--count 200</c>, <c>--concurrency 1</c>, <c>--warmup 20</c>.</summary>
public sealed class SlackAckBench : IBenchCommand
{
    private const string Secret = SlackRequests.TestSecret;

    public string Name => "slack-ack";

    public string Description => "p50/p99 ack time of signed slash commands: StudyBot vs a Slack Bolt app (--text, --count, --concurrency)";

    public async Task<int> RunAsync(string[] args)
    {
        var text = Option(args, "--text") ?? "/help";
        var count = int.Parse(Option(args, "--count") ?? "200", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option(args, "--concurrency") ?? "1", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option(args, "--warmup") ?? "20", CultureInfo.InvariantCulture);
        var command = text.Split(' ', 2)[0];
        var commandText = text.Length > command.Length ? text[(command.Length + 1)..] : string.Empty;

        await using var azurite = await AzuriteServer.StartAsync();
        await using var slackApi = await LoopbackServer.StartAsync();
        slackApi.Default = _ => ScriptedResponse.Json(new { ok = true, ts = "1.1" });
        await using var responseUrl = await LoopbackServer.StartAsync();
        await using var studyBot = await StudyBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..6],
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:ApiBaseUrl"] = slackApi.Url + "api/",
            ["Slack:ResponseUrlHosts:0"] = responseUrl.BaseAddress.Host,
        });
        await using var bolt = await BoltPeer.StartAsync(Secret);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(1, concurrency) }) { Timeout = TimeSpan.FromSeconds(30) };
        var targets = new (string Name, Uri Url)[]
        {
            ("StudyBot /api/slack/commands", new Uri(studyBot.BaseAddress, "api/slack/commands")),
            ("Slack Bolt 5.1 HTTPReceiver ack() (baseline)", new Uri($"http://127.0.0.1:{bolt.Port}/slack/events")),
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
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var body = SlackRequests.SlashCommand(command, text, responseUrl + "hooks/1", userId: "U0BENCH" + (next % 20), triggerId: Guid.NewGuid().ToString("N"));
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
            }
        }));
        return (latencies, wall.Elapsed, failures);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The Bolt app under <c>tests/StudyBot.Benchmarks/peers/slack-bolt</c>, installed with npm on first use.</summary>
    private sealed class BoltPeer : IAsyncDisposable
    {
        private readonly Process _process;

        private BoltPeer(Process process, int port)
        {
            _process = process;
            Port = port;
        }

        public int Port { get; }

        public static async Task<BoltPeer> StartAsync(string secret)
        {
            var dir = Path.Combine(ContentPaths.FindContentRoot(), "tests", "StudyBot.Benchmarks", "peers", "slack-bolt");
            if (!Directory.Exists(Path.Combine(dir, "node_modules", "@slack", "bolt")))
            {
                Console.WriteLine("  installing the Bolt peer (npm ci)…");
                await RunAsync("npm", "ci --no-audit --no-fund", dir);
            }

            var port = AzuriteServer.FreePort();
            var psi = new ProcessStartInfo("node", "app.js") { WorkingDirectory = dir, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
            psi.Environment["SLACK_SIGNING_SECRET"] = secret;
            var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Console.Error.WriteLine("  bolt: " + e.Data);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the Bolt peer exited with {process.ExitCode}");
                }

                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync("127.0.0.1", port);
                    return new BoltPeer(process, port);
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }

            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the Bolt peer did not listen within 30 s");
        }

        private static async Task RunAsync(string file, string arguments, string dir)
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = dir, UseShellExecute = false }) ?? throw new InvalidOperationException($"could not start {file}");
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{file} {arguments} failed with {process.ExitCode}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
