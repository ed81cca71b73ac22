using StudyBot.Checklist;
using StudyBot.Cohorts;

namespace StudyBot.Tests.Checklist;

/// <summary>Many <c>/done</c> turns of one learner at once over the real HTTP path (<c>POST /api/messages</c> → replies
/// at the loopback connector): every completion lands exactly once.</summary>
public sealed class ConcurrentDoneTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_hundred_concurrent_done_plus_two_hundred_duplicates_make_exactly_two_hundred_rows()
    {
        using var guides = new LoadGuides(200);
        var settings = azurite.Settings(("Guides:Path", guides.Folder));
        var cohorts = new FixedCohorts().Add("load", LoadGuides.Track, "load-channel");
        await using var chat = await BotChat.StartAsync(settings, configure: cohorts.Use);

        // Each id twice, interleaved, all in flight together; every turn also races on the learner's cohort membership.
        var texts = guides.Ids.Concat(guides.Ids).Select(id => "/done " + id).OrderBy(_ => Random.Shared.Next()).ToArray();
        var replies = await Task.WhenAll(texts.Select(t => chat.SayAsync(t, userId: "racer", conversationId: "load-channel")));

        // Storage may time out under a loaded machine: such a turn says "try again" (never "recorded"), and the learner
        // sends it again, as the reply asks. Every turn said exactly one of the three things.
        const string Recorded = "완료 기록", Already = "이미 완료한 항목", Unavailable = "저장소에 연결할 수 없어";
        Assert.All(replies, r => Assert.Single(new[] { Recorded, Already, Unavailable }, s => r.Contains(s, StringComparison.Ordinal)));
        var retried = await Task.WhenAll(texts.Zip(replies).Where(x => x.Second.Contains(Unavailable, StringComparison.Ordinal))
            .Select(x => chat.SayAsync(x.First, userId: "racer", conversationId: "load-channel")));
        Assert.DoesNotContain(retried, r => r.Contains(Unavailable, StringComparison.Ordinal));

        // Never reported as newly recorded twice; and, when nothing timed out, exactly once per item.
        var recordedPerItem = texts.Zip(replies).Where(x => x.Second.Contains(Recorded, StringComparison.Ordinal)).GroupBy(x => x.First).ToArray();
        Assert.All(recordedPerItem, g => Assert.Single(g));
        if (retried.Length == 0)
        {
            Assert.Equal(200, recordedPerItem.Length);
            Assert.Equal(200, replies.Count(r => r.Contains(Already, StringComparison.Ordinal)));
        }

        var learner = new LearnerId(Channels.WebChat, string.Empty, "racer").Key;
        var rows = await chat.CompletionRowsAsync(learner);
        Assert.Equal(guides.Ids.Order(StringComparer.Ordinal), rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        var index = await chat.RowsAsync(CompletionStore.CohortCompletionsTable, "load");
        Assert.Equal(200, index.Count);
        Assert.Equal(200, index.Select(r => r.GetString("ItemId")).Distinct().Count());
        Assert.Single(await chat.RowsAsync(LearnerStore.CohortMembersTable, "load"));
        Assert.Single(await chat.RowsAsync(LearnerStore.LearnersTable, learner));

        var progress = await chat.Services.GetRequiredService<ICohortProgressService>().GetAsync("load", TestContext.Current.CancellationToken);
        Assert.Equal(new LearnerProgress(learner, "Learner racer", 200, 200, 100), Assert.Single(progress!.LearnersProgress));
    }
}
