using System.Diagnostics;

namespace StudyBot.Tests.Storage;

/// <summary>Table storage that hangs (a paused or overloaded server: connections accepted, never answered) instead of
/// refusing connections. Without a deadline of its own a turn waited for the SDK's retries (4 × 10 s per call, minutes per
/// turn), long after the channel gave up on the activity (Bot Framework: about 15 s, then <c>504</c>) — the learner
/// heard nothing, not even "try again".</summary>
public sealed class HungStorageThreats
{
    /// <summary>How long a Bot Framework channel waits for <c>/api/messages</c> to answer (protocols: "~15 s, or the
    /// channel reports 504"). The bound is the channel's contract, not a speed target.</summary>
    private static readonly TimeSpan ChannelTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Hung_storage_a_turn_that_needs_it_says_try_again_and_a_route_answers_503_within_the_channel_timeout()
    {
        await using var storage = await OutageStorage.StartAsync();
        await using var chat = await BotChat.StartAsync(storage.Settings().With(("Admin:ApiKey", OperatorRequests.TestKey)));
        Assert.Contains("완료 기록", await chat.SayAsync("/done helm-chart"), StringComparison.Ordinal);

        storage.Hang();
        try
        {
            var turn = Stopwatch.StartNew();
            var reply = await chat.SayAsync("/done argocd-gitops");
            turn.Stop();
            Assert.Contains(OutageStorage.TryAgainKo, reply, StringComparison.Ordinal);
            Assert.True(turn.Elapsed < ChannelTimeout, $"the turn took {turn.Elapsed.TotalSeconds:0.0} s; the channel gives up after {ChannelTimeout.TotalSeconds} s");

            var route = Stopwatch.StartNew();
            using var response = await chat.Client.SendAdminAsync(HttpMethod.Get, "api/admin/cohorts", cancellationToken: TestContext.Current.CancellationToken);
            route.Stop();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            Assert.True(route.Elapsed < ChannelTimeout, $"the route took {route.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            storage.Answer();
        }

        // Storage answers again: the same turn records, and what was recorded before is still there.
        Assert.Contains("완료 기록", await chat.SayAsync("/done argocd-gitops"), StringComparison.Ordinal);
        var progress = await chat.SayAsync("/progress");
        Assert.Contains("✅ helm-chart", progress, StringComparison.Ordinal);
        Assert.Contains("✅ argocd-gitops", progress, StringComparison.Ordinal);
    }
}
