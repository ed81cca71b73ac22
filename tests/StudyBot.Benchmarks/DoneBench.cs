using System.Diagnostics;
using System.Diagnostics.Tracing;
using StudyBot.Guides;

namespace StudyBot.Benchmarks;

/// <summary><c>/done</c> round trip over loopback: POST <c>/api/messages</c> → command → Azurite → reply at a fake
/// connector, next to <c>/help</c> (same path, no storage) measured in the same run. Beside each latency: the table
/// storage requests per command, counted from the Azure SDK's own request events (so any version of the code is
/// measured the same way).</summary>
[Bench("done-bench", "/done round trip p50/p99 and storage requests per command via /api/messages + Azurite, baseline /help")]
public sealed class DoneBench : Bench<DoneBench.Options>
{
    private const int Learners = 20;

    public sealed record Options(int N = 300, int Warmup = 30);

    protected override async Task<int> RunAsync(Options options)
    {
        var (n, warmup) = options;

        using var storageCalls = new StorageRequestCounter();
        await using var azurite = await AzuriteServer.StartAsync();
        await using var chat = await BotChat.StartAsync(azurite.Settings(
            ("Admin:ApiKey", OperatorRequests.TestKey),
            ("Reminders:Scheduler", "false"))); // no per-minute tick reading tables during the measurement
        var items = chat.Service<IGuideCatalogProvider>().Current.Items;
        var cohortItems = items.Where(i => i.Guide == items[0].Guide).ToArray();
        await CreateCohortAsync(chat, items[0].Guide);

        // Steady state: the same learners keep checking off items in their own DM (caches warm, as in a real cohort).
        // "New learner" is each learner's first command; "cohort channel" is a learner in the cohort's subscribed channel.
        Turn Steady(int i) => new($"/done {items[(i / Learners) % items.Count].Id}", $"steady-{i % Learners}", $"dm-steady-{i % Learners}");
        Turn Cohort(int i) => new($"/done {cohortItems[(i / Learners) % cohortItems.Length].Id}", $"cohort-{i % Learners}", "cohort-channel");
        var rounds = Math.Max(1, n / Learners);
        await MeasureAsync(chat, storageCalls, warmup, _ => new("/help", "warm", "dm-warm"));
        await MeasureAsync(chat, storageCalls, Learners, i => new("/progress", $"steady-{i}", $"dm-steady-{i}"));
        await MeasureAsync(chat, storageCalls, Learners, i => new("/progress", $"cohort-{i}", "cohort-channel"));

        var help = await MeasureAsync(chat, storageCalls, n, i => new("/help", $"help-{i % Learners}", $"dm-help-{i % Learners}"));
        var steady = await MeasureAsync(chat, storageCalls, rounds * Learners, Steady);
        var cohort = await MeasureAsync(chat, storageCalls, Math.Min(rounds, cohortItems.Length) * Learners, Cohort);
        var duplicate = await MeasureAsync(chat, storageCalls, rounds * Learners, Steady);
        var fresh = await MeasureAsync(chat, storageCalls, n, i => new($"/done {items[i % items.Count].Id}", $"new-{i}", $"dm-new-{i}"));
        var progress = await MeasureAsync(chat, storageCalls, n, i => new("/progress", $"steady-{i % Learners}", $"dm-steady-{i % Learners}"));

        Console.WriteLine($"done-bench: sequential turns over loopback, Azurite in memory, {Learners} learners (POST → reply at fake connector)");
        Console.WriteLine($"  baseline /help                {help}");
        Console.WriteLine($"  /done steady state (DM)       {steady}");
        Console.WriteLine($"  /done in the cohort channel   {cohort}");
        Console.WriteLine($"  /done again (duplicate)       {duplicate}");
        Console.WriteLine($"  /done, learner's first turn   {fresh}");
        Console.WriteLine($"  /progress (DM)                {progress}");
        Console.WriteLine(FormattableString.Invariant($"  storage cost of /done at p50: {steady.Latency.P50 - help.Latency.P50:F2} ms, {steady.StorageCalls:F2} storage requests per command"));
        return 0;
    }

    private sealed record Turn(string Text, string UserId, string ConversationId);

    private sealed record Result(LatencySummary Latency, double StorageCalls)
    {
        public override string ToString() => FormattableString.Invariant($"{Latency}  storage {StorageCalls:F2}/command");
    }

    private static async Task<Result> MeasureAsync(BotChat chat, StorageRequestCounter storageCalls, int n, Func<int, Turn> turn)
    {
        var millis = new List<double>(n);
        var callsBefore = storageCalls.Count;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            var (text, userId, conversationId) = turn(i);
            var activity = chat.Message(text, userId: userId, conversationId: conversationId);
            var started = DateTimeOffset.UtcNow;
            var reply = await chat.SendAsync(activity);
            millis.Add((reply.ReceivedAt - started).TotalMilliseconds);
        }

        var calls = storageCalls.Count - callsBefore;
        chat.Connector.Clear();
        return new Result(LatencySummary.From(millis, wall.Elapsed), (double)calls / Math.Max(1, n));
    }

    /// <summary>A cohort on the first track whose channel is the Web Chat conversation <c>cohort-channel</c>.</summary>
    private static async Task CreateCohortAsync(BotChat chat, string track)
    {
        await chat.Client.AdminJsonAsync(HttpMethod.Put, "api/admin/cohorts/bench", new { track, startDate = "2025-01-06", timeZone = "Asia/Seoul" });
        await chat.Client.AdminJsonAsync(HttpMethod.Post, "api/admin/cohorts/bench/subscriptions", new { channelId = "webchat", serviceUrl = chat.Connector.Url, conversation = new { id = "cohort-channel" } });
    }

    /// <summary>Counts HTTP requests the Azure SDK sends (its <c>Azure-Core</c> event source logs one <c>Request</c>
    /// event per attempt, retries included). StudyBot's only Azure client is table storage.</summary>
    private sealed class StorageRequestCounter : EventListener
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Azure-Core")
            {
                EnableEvents(eventSource, EventLevel.Informational);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "Request")
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
