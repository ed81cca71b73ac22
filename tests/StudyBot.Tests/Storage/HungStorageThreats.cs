using System.Diagnostics;
using StudyBot.Checklist;

namespace StudyBot.Tests.Storage;

/// <summary>Table storage that hangs (a paused or overloaded server: connections accepted, never answered) instead of
/// refusing connections. Without a bound of its own a turn waited for the SDK's retries (4 × 10 s per call; a
/// <c>/done</c> over 100 s), long after the channel gave up on the activity (Bot Framework: about 15 s) — the learner
/// heard nothing, not even "try again". Each turn and request now waits for storage at most <c>Storage:TurnTimeout</c>
/// in all (<see cref="StorageDeadline"/>).</summary>
public sealed class HungStorageThreats : StorageOutageTests
{
    /// <summary>How long a Bot Framework channel waits for a turn (protocols: "~15 s, or the channel reports 504"). The
    /// bound is the channel's contract, not a speed target: the turn limit under test is 2 s, the rest is room for a
    /// loaded machine.</summary>
    private static readonly TimeSpan ChannelTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Hung_storage_a_turn_that_needs_it_says_try_again_within_the_turn_limit_routes_answer_503_and_readiness_tells_the_truth()
    {
        var cohorts = new FixedCohorts().Add("c1", "infra-platform", "cohort-channel");
        await using var chat = await BotChat.StartAsync(
            Storage.Settings().With(("Admin:ApiKey", OperatorRequests.TestKey), ("Storage:TurnTimeout", "00:00:02")),
            configure: cohorts.Use);
        Assert.Contains("완료 기록", await chat.SayAsync("/done helm-chart", conversationId: "cohort-channel"), StringComparison.Ordinal);
        await OutageStorage.ReadinessAsync(chat.Client, HttpStatusCode.OK);

        Storage.Hang();
        try
        {
            var turn = Stopwatch.StartNew();
            var reply = await chat.SayAsync("/done argocd-gitops", conversationId: "cohort-channel");
            turn.Stop();
            Assert.Contains(OutageStorage.TryAgainKo, reply, StringComparison.Ordinal);
            Assert.DoesNotContain("완료 기록", reply, StringComparison.Ordinal);
            Assert.True(turn.Elapsed < ChannelTimeout, $"the turn took {turn.Elapsed.TotalSeconds:0.0} s; the channel gives up after {ChannelTimeout.TotalSeconds} s");

            // A turn that needs no storage still answers, a new learner's too (their language is a storage read it does without).
            var help = Stopwatch.StartNew();
            Assert.Contains("/done", await chat.SayAsync("/help", userId: "user-new", conversationId: "dm-new"), StringComparison.Ordinal);
            Assert.True(help.Elapsed < ChannelTimeout, $"/help took {help.Elapsed.TotalSeconds:0.0} s");

            var route = Stopwatch.StartNew();
            using (var response = await chat.Client.SendAdminAsync(HttpMethod.Get, "api/admin/cohorts", cancellationToken: TestContext.Current.CancellationToken))
            {
                route.Stop();
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.True(route.Elapsed < ChannelTimeout, $"the route took {route.Elapsed.TotalSeconds:0.0} s");
            }

            Assert.Contains("table storage unreachable", await OutageStorage.ReadinessAsync(chat.Client, HttpStatusCode.ServiceUnavailable), StringComparison.Ordinal);
        }
        finally
        {
            Storage.Answer();
        }

        // Storage answers again, no restart: ready, and the same turn records. The write the hung store had queued may
        // have landed when it woke (the reply claimed nothing either way); the repeat then finds it and completes the
        // cohort's index, so nothing stays half-recorded.
        await OutageStorage.ReadinessAsync(chat.Client, HttpStatusCode.OK);
        Assert.Matches("완료 기록|이미 완료한", await chat.SayAsync("/done argocd-gitops", conversationId: "cohort-channel"));
        var progress = await chat.SayAsync("/progress", conversationId: "cohort-channel");
        Assert.Contains("✅ helm-chart", progress, StringComparison.Ordinal);
        Assert.Contains("✅ argocd-gitops", progress, StringComparison.Ordinal);
        var index = await chat.RowsAsync(CompletionStore.CohortCompletionsTable, "c1");
        Assert.Single(index, r => r.GetString("ItemId") == "argocd-gitops");
        Assert.Single(index, r => r.GetString("ItemId") == "helm-chart");
    }

    [Fact]
    public async Task Hung_storage_one_budget_bounds_the_whole_turn_and_ends_with_it()
    {
        using (StorageDeadline.Begin(TimeSpan.FromMinutes(5)))
        {
            using (StorageDeadline.Begin(TimeSpan.FromMilliseconds(50)))
            {
                // Every call of the turn shares what is left of the budget: once it is spent, the next call gives up too.
                using var first = StorageDeadline.Link(TestContext.Current.CancellationToken);
                var spent = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(30), first.Token));
                Assert.True(first.Expired(spent));
                using var next = StorageDeadline.Link(TestContext.Current.CancellationToken);
                Assert.True(next.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(5)), "a call after the budget ran out must give up at once");
            }

            // The inner budget ended with its turn; the outer one (minutes) still bounds, and is far from spent.
            using var outer = StorageDeadline.Link(TestContext.Current.CancellationToken);
            Assert.True(outer.Token.CanBeCanceled);
            Assert.False(outer.Token.IsCancellationRequested);
        }

        // Work that outlives the request that started it is not cut by that request's budget.
        using var after = StorageDeadline.Link(CancellationToken.None);
        Assert.False(after.Token.CanBeCanceled);

        // The caller's own cancellation is a cancellation, not an outage.
        using var caller = new CancellationTokenSource();
        using (StorageDeadline.Begin(TimeSpan.FromMinutes(5)))
        {
            using var call = StorageDeadline.Link(caller.Token);
            await caller.CancelAsync();
            var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(30), call.Token));
            Assert.False(call.Expired(cancelled));
        }
    }
}
