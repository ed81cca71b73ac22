using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

/// <summary>Slack's rate limits per method per workspace: each method's tier is a token bucket (a burst, then the tier's
/// rate), <c>chat.postMessage</c> is paced per channel, and a 429 holds that method of that workspace for its
/// <c>Retry-After</c> — with the waits and the 429s in metrics.</summary>
public sealed class SlackRateLimitsTests
{
    private readonly AzuriteFixture _azurite;

    // Each test its own clock and its own buckets (a new instance per test).
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-03T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly SlackRateLimits _limits;

    public SlackRateLimitsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _limits = new SlackRateLimits(_time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tier_4_method_bursts_then_waits_at_100_per_minute_for_its_own_workspace_only()
    {
        Assert.Equal("tier4", SlackRateLimits.TierOf("users.info"));

        for (var i = 0; i < 16; i++)
        {
            Assert.True(_limits.WaitTurnAsync("T1", "users.info", null, Ct).IsCompletedSuccessfully, $"call {i + 1} is within the burst");
        }

        var next = _limits.WaitTurnAsync("T1", "users.info", null, Ct);
        Assert.False(next.IsCompleted);
        Assert.True(_limits.WaitTurnAsync("T2", "users.info", null, Ct).IsCompletedSuccessfully, "another workspace has its own bucket");
        Assert.True(_limits.WaitTurnAsync("T1", "views.publish", null, Ct).IsCompletedSuccessfully, "another method has its own bucket");

        _time.Advance(TimeSpan.FromMilliseconds(590));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(10)); // 60 s / 100
        await next.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task Posts_are_paced_per_channel_and_a_429_holds_the_method_for_Retry_After()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(_limits.WaitTurnAsync("T1", "chat.postMessage", "C1", Ct).IsCompletedSuccessfully);
        }

        var fourth = _limits.WaitTurnAsync("T1", "chat.postMessage", "C1", Ct);
        Assert.False(fourth.IsCompleted);
        Assert.True(_limits.WaitTurnAsync("T1", "chat.postMessage", "C2", Ct).IsCompletedSuccessfully, "another channel is not held");
        _time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5), Ct);

        _limits.Throttled("T1", "views.open", null, TimeSpan.FromSeconds(5));
        var held = _limits.WaitTurnAsync("T1", "views.open", null, Ct);
        Assert.True(_limits.WaitTurnAsync("T1", "views.publish", null, Ct).IsCompletedSuccessfully, "only the throttled method waits");
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(held.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await held.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_keep_its_slot()
    {
        for (var i = 0; i < 16; i++)
        {
            await _limits.WaitTurnAsync("T1", "users.info", null, Ct);
        }

        using var giveUp = new CancellationTokenSource();
        var abandoned = _limits.WaitTurnAsync("T1", "users.info", null, giveUp.Token); // booked at 0.6 s
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        var next = _limits.WaitTurnAsync("T1", "users.info", null, Ct); // takes the abandoned slot, not the one after it
        _time.Advance(TimeSpan.FromMilliseconds(600));
        await next.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task A_429_over_HTTP_is_waited_out_and_counted_by_method_and_tier()
    {
        var limited = new List<(long Value, string? Method, string? Tier)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StudyBotMetrics.MeterName && instrument.Name == "studybot.slack.ratelimited")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            lock (limited)
            {
                limited.Add((value, all.FirstOrDefault(t => t.Key == "method").Value as string, all.FirstOrDefault(t => t.Key == "tier").Value as string));
            }
        });
        listener.Start();

        await using var slack = await SlackTestHost.StartAsync(_azurite.Settings());
        slack.Api.Once(r => r.Path == "/api/views.publish", new ScriptedResponse(429, """{"ok":false,"error":"ratelimited"}""", Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var api = slack.Bot.Services.GetRequiredService<SlackApiClient>();

        await api.PublishHomeAsync(new SlackWorkspace("T333"), "URATE", new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() }, Ct);

        var calls = slack.Api.Requests.Where(r => r.Path == "/api/views.publish").ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry waits for Retry-After");
        lock (limited)
        {
            Assert.Contains((1L, "views.publish", "tier4"), limited);
        }
    }
}
