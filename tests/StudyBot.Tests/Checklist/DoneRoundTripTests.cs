namespace StudyBot.Tests.Checklist;

/// <summary>What a <c>/done</c> costs in table storage once a learner's caches are warm: the hot path stays at two
/// round trips (the learner's partition, the insert), whatever else the turn needs is cached.</summary>
public sealed class DoneRoundTripTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Done_in_steady_state_costs_at_most_two_storage_round_trips_and_a_repeat_one()
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
            Assert.Equal(2, await CostAsync("/done " + item));
        }

        Assert.Equal(1, await CostAsync("/done " + items[1]));
        Assert.Equal(2, await CostAsync("/undo " + items[3]));

        // In the cohort's channel the completion is also indexed for the cohort: one more insert.
        await CostAsync("/done " + items[4], "cohort-channel");
        Assert.Equal(3, await CostAsync("/done " + items[5], "cohort-channel"));
    }
}
