using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Hosting;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Unreachable_storage_at_start_is_one_log_line_and_a_one_line_503_from_readyz()
    {
        using var closed = ReservedPort.Take(); // nothing listens there, nor can while the test runs
        var closedPort = closed.Port;
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = AzuriteServer.ConnectionStringAt(closedPort),
        };
        await using var bot = await StudyBotHost.StartAsync(settings, configure: b => b.Logging.AddFakeLogging());

        var logs = bot.Services.GetRequiredService<FakeLogCollector>();
        var line = await WaitForAsync(() => logs.GetSnapshot().FirstOrDefault(r => r.Message.StartsWith("Not ready at start: tables", StringComparison.Ordinal)));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Null(line.Exception); // the reason is in the line, not a stack trace
        Assert.DoesNotContain('\n', line.Message);
        Assert.Contains($"127.0.0.1:{closedPort}", line.Message, StringComparison.Ordinal); // the endpoint, refused or timed out alike

        using var ready = await bot.Client.GetAsync("readyz", TestContext.Current.CancellationToken);
        var body = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.StartsWith("Unhealthy: ", body, StringComparison.Ordinal);
        Assert.Contains("tables: table storage unreachable", body, StringComparison.Ordinal);
        Assert.Single(body.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);

        // Turns that need no storage keep working meanwhile.
        using var health = await bot.Client.GetAsync("healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Readyz_gives_up_on_storage_that_never_answers_before_the_charts_probe_does()
    {
        // A table endpoint that takes connections and never answers (a hung account, a black-holed route): the probe
        // must get /readyz's 503 with the reason, not time out itself and report no reason at all.
        var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        try
        {
            var port = ((IPEndPoint)hung.LocalEndpoint).Port;
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Tables"] = AzuriteServer.ConnectionStringAt(port),
            };
            await using var bot = await StudyBotHost.StartAsync(settings);
            var probeTimeout = TimeSpan.FromSeconds(HelmChartTests.ProbeSetting("readinessProbe", "timeoutSeconds"));
            // The kubelet probes a running pod: the host's first request (routing, client, JIT) is not the probe's to
            // wait for, and on a loaded CI machine it alone took seconds.
            using var warm = await bot.Client.GetAsync("healthz", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

            var waited = Stopwatch.StartNew();
            using var ready = await bot.Client.GetAsync("readyz", TestContext.Current.CancellationToken);
            waited.Stop();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("tables: table storage unreachable", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.True(waited.Elapsed < probeTimeout, $"/readyz took {waited.Elapsed.TotalSeconds:0.0} s, the chart's readiness probe gives up after {probeTimeout.TotalSeconds} s");
        }
        finally
        {
            hung.Stop();
        }
    }

    [Fact]
    public async Task Run_script_on_another_azurite_port_and_url_just_works()
    {
        // Reserved, not freed: the script's Azurite and service listen on them, nothing else can meanwhile.
        using var azurite = ReservedPort.Take();
        using var bot = ReservedPort.Take();
        var azuritePort = azurite.Port;
        var botPort = bot.Port;
        var data = Directory.CreateTempSubdirectory("azurite-");

        // Its own process group (setsid), so Ctrl+C can be sent to the script, dotnet and Azurite at once.
        var start = new ProcessStartInfo("setsid", ["bash", RepoRoot.Combine("scripts", "run.sh"), "--urls", $"http://127.0.0.1:{botPort}"])
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AZURITE_TABLE_PORT"] = azuritePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment.Remove("ConnectionStrings__Tables");
        start.Environment["AZURITE_LOCATION"] = data.FullName; // not the developer's .azurite/
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{botPort}/"), Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddMinutes(4);
            HttpStatusCode? status = null;
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    using var ready = await client.GetAsync("readyz", TestContext.Current.CancellationToken);
                    status = ready.StatusCode;
                    if (status == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested)
                {
                    // Not listening yet, or too busy to answer within the client's 5 s on a loaded machine: ask again.
                }

                await Task.Delay(500, TestContext.Current.CancellationToken);
            }

            string log;
            lock (output)
            {
                log = output.ToString();
            }

            Assert.True(status == HttpStatusCode.OK, "readyz never answered 200; output:\n" + log);
            Assert.Contains($"listening on 127.0.0.1:{azuritePort}", log, StringComparison.Ordinal);
        }
        finally
        {
            // SIGINT to the group, as Ctrl+C in a terminal: the service stops, then the script's trap stops its Azurite.
            using (var kill = Process.Start("kill", ["-INT", "--", "-" + process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.False(IsListening(azuritePort), "the script stops the Azurite it started");
        data.Delete(recursive: true);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException("not observed within 30 s");
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
