using System.Diagnostics;
using System.Globalization;
using StudyBot.Guides;
using StudyBot.Testing;

namespace StudyBot.Benchmarks;

/// <summary><c>/done</c> round trip over loopback: POST <c>/api/messages</c> → command → Azurite → reply at a fake
/// connector, next to <c>/help</c> (same path, no storage) measured in the same run.</summary>
public sealed class DoneBench : IBenchCommand
{
    public string Name => "done-bench";

    public string Description => "/done round trip p50/p99 via /api/messages + Azurite, baseline /help [--n 300] [--warmup 30]";

    public async Task<int> RunAsync(string[] args)
    {
        var n = Option(args, "--n", 300);
        var warmup = Option(args, "--warmup", 30);

        await using var azurite = await AzuriteServer.StartAsync();
        await using var connector = await LoopbackServer.StartAsync();
        await using var bot = await StudyBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..6],
        });
        var items = ((IGuideCatalogProvider)bot.Services.GetService(typeof(IGuideCatalogProvider))!).Current.Items;

        // Each /done is a new completion of a fresh learner (insert path); the duplicate run repeats them (409 path).
        string Done(int i) => "/done " + items[i % items.Count].Id;
        await MeasureAsync(bot, connector, warmup, _ => "/help", "warm");
        await MeasureAsync(bot, connector, warmup, i => Done(i), "warm");

        var help = await MeasureAsync(bot, connector, n, _ => "/help", "help");
        var done = await MeasureAsync(bot, connector, n, i => Done(i), "done");
        var duplicate = await MeasureAsync(bot, connector, n, i => Done(i), "done");
        var progress = await MeasureAsync(bot, connector, n, _ => "/progress", "done");

        Console.WriteLine($"done-bench: sequential turns over loopback, Azurite in memory, n={n} each (POST → reply at fake connector)");
        Console.WriteLine($"  baseline /help       {help}");
        Console.WriteLine($"  /done (new)          {done}");
        Console.WriteLine($"  /done (duplicate)    {duplicate}");
        Console.WriteLine($"  /progress            {progress}");
        Console.WriteLine(FormattableString.Invariant($"  storage cost of /done at p50: {done.P50 - help.P50:F2} ms"));
        return 0;
    }

    private static async Task<LatencySummary> MeasureAsync(StudyBotHost bot, LoopbackServer connector, int n, Func<int, string> text, string userPrefix)
    {
        var millis = new List<double>(n);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            var activity = TestActivities.Message(text(i), connector.Url, userId: $"{userPrefix}-{i}", conversationId: $"bench-{i}");
            var started = DateTimeOffset.UtcNow;
            using (var response = await TestActivities.PostAsync(bot.Client, activity))
            {
                response.EnsureSuccessStatusCode();
            }

            var reply = (await connector.WaitForAsync(r => r.RawTarget.EndsWith("/" + activity.Id, StringComparison.Ordinal))).Single();
            millis.Add((reply.ReceivedAt - started).TotalMilliseconds);
        }

        connector.Clear();
        return LatencySummary.From(millis, wall.Elapsed);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
