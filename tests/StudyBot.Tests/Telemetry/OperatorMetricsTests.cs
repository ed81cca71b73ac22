using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Diagnostics;
using StudyBot.Slack;
using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Telemetry;

/// <summary>What an operator alerts on is recorded where it happens: reminder deliveries per outcome and channel kind,
/// native Slack turns beside Bot Framework turns, durations in seconds (OpenTelemetry conventions).</summary>
public sealed class OperatorMetricsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reminder_deliveries_are_counted_per_outcome_and_channel_kind()
    {
        // A channel kind no other test uses, so measurements from tests running alongside do not mix in.
        const string Kind = "metrics-test-channel";
        using var measurements = new Measurements("studybot.reminders");
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"));
        await rig.Week3CohortAsync("m1", "conv-ok", channelId: Kind);
        await rig.SubscribeAsync("m1", "conv-broken", channelId: Kind);
        await rig.SubscribeAsync("m1", "conv-gone", channelId: Kind);
        rig.Connector.On(r => r.Path.Contains("conv-broken", StringComparison.Ordinal), _ => new ScriptedResponse(400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"no\"}}"));
        rig.Connector.On(r => r.Path.Contains("conv-gone", StringComparison.Ordinal), _ => new ScriptedResponse(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"removed\"}}"));

        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T00:00:20Z"));
        await rig.TickAsync();
        using (var again = await rig.AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=m1&date=2026-12-11&slot=morning"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var ours = measurements.Where(m => (string?)m.Tags["channel"] == Kind).GroupBy(m => (string)m.Tags["outcome"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(1, ours.GetValueOrDefault("sent"));
        Assert.Equal(1, ours.GetValueOrDefault("already_sent")); // the operator's second run found it delivered
        Assert.True(ours.GetValueOrDefault("failed") >= 2, "the broken channel failed on both runs");
        Assert.Equal(2, ours.GetValueOrDefault("paused")); // the bot was removed from one channel: paused, then still paused
    }

    [Fact]
    public async Task Native_slack_turns_are_counted_and_command_durations_are_in_seconds()
    {
        using var turns = new Measurements("studybot.turns");
        using var durations = new Measurements("studybot.command.duration");
        Assert.Equal("s", StudyBotMetrics.CommandDuration.Unit);
        Assert.Equal("s", StudyBotMetrics.ConnectorDuration.Unit);
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());

        var wall = Stopwatch.StartNew();
        await bot.Services.GetRequiredService<SlackTurns>().RunAsync(SlackTurns.Input("/help", "T-metrics", "U-metrics", "D-metrics", isGroup: false), TestContext.Current.CancellationToken);
        wall.Stop();

        Assert.Contains(turns, m => (string?)m.Tags["channel"] == Channels.SlackNative);
        var help = durations.Where(m => (string?)m.Tags["command"] == "help").Select(m => m.Value).ToList();
        Assert.NotEmpty(help);

        // Recorded in milliseconds, the value would exceed the whole call's wall time in seconds.
        Assert.Contains(help, v => v > 0 && v <= wall.Elapsed.TotalSeconds);
    }

    private sealed record Measurement(double Value, Dictionary<string, object?> Tags);

    /// <summary>Collects one instrument's measurements from every StudyBot meter in the process while alive.</summary>
    private sealed class Measurements : IEnumerable<Measurement>, IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<Measurement> _items = new();

        public Measurements(string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == StudyBotMetrics.MeterName && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Add(value, tags));
            _listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Add(value, tags));
            _listener.Start();
        }

        public IEnumerator<Measurement> GetEnumerator() => _items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Dispose() => _listener.Dispose();

        private void Add(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in tags)
            {
                map[k] = v;
            }

            _items.Enqueue(new Measurement(value, map));
        }
    }
}
