using System.Diagnostics;
using System.Net;

namespace StudyBot.Benchmarks;

/// <summary>What a scale-out costs the first learners: the service is published twice — as the image builds it
/// (ReadyToRun) and plain (JIT only, the baseline) — and each build is started as a fresh process, rounds alternating,
/// then sent its first 2,000 <c>/help</c> through <c>/api/messages</c> (replies to a loopback fake connector).
/// Reports the time to the first <c>/healthz</c> answer and the latency of those first requests.</summary>
[Bench("cold-start", "first 2,000 /help after process start: ReadyToRun publish vs plain (JIT) publish.")]
public sealed class ColdStartBench : Bench<ColdStartBench.Options>
{
    public sealed record Options(int Requests = 2000, int Concurrency = 4, int Rounds = 3);

    protected override async Task<int> RunAsync(Options options)
    {
        var (requests, concurrency, rounds) = options;
        var root = ContentPaths.FindContentRoot();
        var work = Directory.CreateTempSubdirectory("studybot-coldstart-");
        try
        {
            // Publish a copy of the sources, so the developer's own bin/obj (and a build running there) are untouched.
            var source = Path.Combine(work.FullName, "source");
            CopySources(root, source);
            var builds = new List<(string Label, string Dir)>();
            foreach (var (label, r2r) in new[] { ("plain (JIT)", false), ("ReadyToRun", true) })
            {
                var dir = Path.Combine(work.FullName, r2r ? "r2r" : "plain");
                Console.WriteLine($"cold-start: publishing {label} …");
                await PublishAsync(source, dir, r2r);
                builds.Add((label, dir));
            }

            await using var connector = await LoopbackServer.StartAsync();
            await using var azurite = await AzuriteServer.StartAsync();
            var results = builds.ToDictionary(b => b.Label, _ => new List<Round>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (label, dir) in round % 2 == 0 ? builds : Enumerable.Reverse(builds))
                {
                    var result = await MeasureAsync(root, dir, azurite.ConnectionString, connector, requests, concurrency);
                    results[label].Add(result);
                    Console.WriteLine(FormattableString.Invariant($"  round {round + 1} {label,-12} start→/healthz {result.StartMs,7:F0} ms; first 100 p50 {result.First100.P50,6:F2} ms; all {requests}: p50 {result.All.P50,6:F2} / p99 {result.All.P99,7:F2} / max {result.All.Max,7:F1} ms, {result.TotalMs,6:F0} ms in all, errors {result.Errors}"));
                }
            }

            Console.WriteLine();
            Console.WriteLine($"{"build",-14} {"start→/healthz ms",18} {"first 100 p50 ms",17} {"first " + requests + " p50 / p99 ms",24} {"total ms",9}   (median of {rounds} rounds)");
            foreach (var (label, list) in results)
            {
                Console.WriteLine(FormattableString.Invariant($"{label,-14} {Median(list, r => r.StartMs),18:F0} {Median(list, r => r.First100.P50),17:F2} {Median(list, r => r.All.P50),11:F2} / {Median(list, r => r.All.P99),8:F2} {Median(list, r => r.TotalMs),9:F0}"));
            }

            Console.WriteLine($"concurrency {concurrency}; each round is a new process; machine: {Environment.ProcessorCount} logical CPUs (shared), .NET {Environment.Version}");
            return results.Values.SelectMany(r => r).Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task PublishAsync(string root, string output, bool readyToRun)
    {
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier.StartsWith("linux-arm64", StringComparison.Ordinal) ? "linux-arm64" : "linux-x64";
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "StudyBot", "StudyBot.csproj"), "-c", "Release", "-r", rid, "--self-contained", "false",
            $"-p:PublishReadyToRun={(readyToRun ? "true" : "false")}", "-p:UseAppHost=false", "-o", output, "-nologo", "-clp:ErrorsOnly"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var log = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed:\n" + log);
        }
    }

    private static void CopySources(string root, string target)
    {
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "appsettings.json" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(root, file), Path.Combine(target, file));
        }

        var project = Path.Combine(root, "src", "StudyBot");
        foreach (var file in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, "src", "StudyBot", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static async Task<Round> MeasureAsync(string root, string dir, string tables, LoopbackServer connector, int requests, int concurrency)
    {
        var port = AzuriteServer.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(dir, "StudyBot.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = root, // finds guides/ and dialogs/ as a local run does
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Tables"] = tables;
        start.Environment["Storage__TablePrefix"] = "cold" + Environment.ProcessId;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        await using var service = await ServerProcess.StartAsync(start, port, "StudyBot", TimeSpan.FromMinutes(2), echoErrors: false);
        try
        {
            while (true)
            {
                using var health = await http.GetAsync("healthz");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }

                if (clock.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new InvalidOperationException("the service did not become healthy");
                }

                await Task.Delay(5);
            }

            var startMs = clock.Elapsed.TotalMilliseconds;
            var turns = HelpTurns.Serialize(connector.Url, requests, concurrency, "cold");
            var latencies = new double[requests];
            var errors = 0;
            var began = Stopwatch.GetTimestamp();
            await Workers.RunAsync(requests, concurrency, async i =>
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await TestActivities.PostAsync(http, turns[i].Json);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            });
            var wall = Stopwatch.GetElapsedTime(began);
            return new Round(startMs, LatencySummary.From(latencies[..Math.Min(100, requests)], wall), LatencySummary.From(latencies, wall), wall.TotalMilliseconds, errors);
        }
        finally
        {
            connector.Clear();
        }
    }

    private static double Median(List<Round> rounds, Func<Round, double> value)
    {
        var sorted = rounds.Select(value).Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private sealed record Round(double StartMs, LatencySummary First100, LatencySummary All, double TotalMs, int Errors);
}
