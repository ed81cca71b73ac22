using StudyBot.Checklist;

namespace StudyBot.Tests.Checklist;

/// <summary>What a <c>/done</c> costs in table storage once a learner's caches are warm: the hot path stays within two
/// round trips — the insert (proving the cached copy of the learner's partition current) and, in a cohort channel, the
/// cohort index row; whatever else the turn needs is cached.</summary>
public sealed class DoneRoundTripTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Done_in_steady_state_costs_at_most_two_storage_round_trips_also_in_a_cohort_channel_and_a_repeat_one()
    {
        var settings = azurite.Settings(("Reminders:Scheduler", "false")); // no per-minute tick reading tables meanwhile
        var cohorts = new FixedCohorts().Add("c1", "infra-platform", "cohort-channel");
        await using var chat = await BotChat.StartAsync(settings, configure: cohorts.Use);
        var store = chat.Services.GetRequiredService<TableStore>();
        var items = chat.Catalog().Items.Where(i => i.Guide == "infra-platform").Select(i => i.Id).Take(7).ToArray();

        async Task<long> CostAsync(string text, string conversationId = "dm-1")
        {
            var before = store.RequestsSent;
            var reply = await chat.SayAsync(text, conversationId: conversationId);
            Assert.DoesNotContain("저장소에 연결할 수 없어", reply, StringComparison.Ordinal);
            return store.RequestsSent - before;
        }

        await CostAsync("/done " + items[0]); // first turn: the learner's cohort and the conversation are read once
        foreach (var item in items[1..4])
        {
            Assert.Equal(1, await CostAsync("/done " + item));
        }

        // "Already done" is never taken from the copy (another replica may have undone it): the partition is read.
        Assert.Equal(1, await CostAsync("/done " + items[1]));
        Assert.Equal(2, await CostAsync("/undo " + items[3]));
        Assert.Equal(2, await CostAsync("/done " + items[3])); // after an /undo: read, insert

        // In the cohort's channel the completion is also indexed for the cohort: one more insert.
        await CostAsync("/done " + items[4], "cohort-channel");
        Assert.Equal(2, await CostAsync("/done " + items[5], "cohort-channel"));
        Assert.Equal(2, await CostAsync("/done " + items[6], "cohort-channel"));
    }

    [Fact]
    public async Task A_copy_another_replica_changed_is_caught_nothing_is_lost_and_the_figures_are_current()
    {
        await using var chat = await BotChat.StartAsync(azurite.Settings(("Reminders:Scheduler", "false")));
        var replica = await chat.StartReplicaAsync();
        var here = chat.Service<CompletionStore>();
        var there = replica.Services.GetRequiredService<CompletionStore>();
        var learner = new LearnerId(Channels.WebChat, string.Empty, "two-replicas").Key;
        var ct = TestContext.Current.CancellationToken;
        Task<ChangeResult<RecordResult>> DoneAsync(CompletionStore store, string item) =>
            store.RecordAsync(learner, [(item, "infra-platform")], string.Empty, null, DateTimeOffset.UtcNow, ct);

        await DoneAsync(here, "a"); // here keeps a copy: {a}
        await DoneAsync(there, "b");
        var c = await DoneAsync(here, "c"); // the copy's stamp no longer matches: read again, b counts
        Assert.True(Assert.Single(c.PerItem).IsNew);
        Assert.Equal(["a", "b", "c"], c.DoneIds.Order(StringComparer.Ordinal));

        // The copy says a is done, but the other replica undid it: recorded again, never "already done" from the copy.
        await there.RemoveAsync(learner, ["a"], ct);
        var again = await DoneAsync(here, "a");
        Assert.True(Assert.Single(again.PerItem).IsNew);
        Assert.Equal(["a", "b", "c"], again.DoneIds.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "c"], (await chat.CompletionRowsAsync(learner)).Select(r => r.RowKey).Order(StringComparer.Ordinal));

        // Forgotten on the other replica: the copy here does not bring the old items back into the figures.
        await there.ForgetAsync(learner, ct);
        var afterForget = await DoneAsync(here, "d");
        Assert.Equal(["d"], afterForget.DoneIds);
    }
}
