using System.Diagnostics;

namespace StudyBot.Benchmarks;

/// <summary>A benchmark's command-line options: <c>--name value</c>.</summary>
public static class BenchArgs
{
    public static string? Get(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public static int Int(string[] args, string name, int fallback) =>
        Get(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>The load loop of every benchmark: <paramref name="count"/> jobs on <paramref name="concurrency"/> workers,
/// each worker taking the next index until none is left.</summary>
public static class Workers
{
    public static Task RunAsync(int count, int concurrency, Func<int, Task> job)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await job(i);
            }
        }));
    }
}

/// <summary>The <c>/help</c> turns of the <c>/api/messages</c> load benchmarks, serialised before the clock starts so only the
/// bot's work (and the shared HTTP stack) is measured: one conversation per worker, 64 users, replies to
/// <c>serviceUrl</c>. Post them with <see cref="TestActivities.PostAsync(HttpClient, byte[], string?, CancellationToken)"/>.</summary>
public static class HelpTurns
{
    public static (string Id, byte[] Json)[] Serialize(string serviceUrl, int count, int concurrency, string conversationPrefix) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var activity = TestActivities.Message("/help", serviceUrl, conversationId: $"{conversationPrefix}-{i % concurrency}", userId: $"user-{i % 64}");
            return (activity.Id!, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
        }).ToArray();
}

/// <summary>The peer bots under <c>tests/StudyBot.Benchmarks/peers</c> (the same job on botbuilder, agents-hosting and
/// Bolt), installed with <c>npm ci</c> on first use and started with node.</summary>
public static class NodePeers
{
    public static string Folder(string name = "") => Path.Combine(ContentPaths.FindContentRoot(), "tests", "StudyBot.Benchmarks", "peers", name);

    /// <summary>Runs <c>npm ci</c> in <paramref name="folder"/> unless every package of <paramref name="packages"/> is there.</summary>
    public static async Task EnsureInstalledAsync(string folder, params string[] packages)
    {
        if (packages.All(p => Directory.Exists(Path.Combine(folder, "node_modules", p))))
        {
            return;
        }

        Console.WriteLine($"installing peer bots: npm ci in {folder}");
        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })
                        ?? throw new InvalidOperationException("npm did not start");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed with {npm.ExitCode}");
        }
    }

    /// <summary><c>node script</c> in <paramref name="folder"/> on a free port (<c>PORT</c>), waited for until it listens.</summary>
    public static Task<ServerProcess> StartAsync(string folder, string script, params (string Name, string Value)[] environment)
    {
        var port = AzuriteServer.FreePort();
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder };
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        return ServerProcess.StartAsync(start, port, script, TimeSpan.FromSeconds(30), echoErrors: true);
    }
}
