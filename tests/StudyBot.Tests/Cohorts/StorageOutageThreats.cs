using StudyBot.Cohorts;
using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Cohorts;

/// <summary>Table storage goes away under the cohorts (Cohorts, Subscriptions, SubscriptionIndex, Learners,
/// CohortMembers): a turn that can answer from what it read a moment ago still answers, one that must read says "try
/// again", nobody is moved to another cohort, and all of it works again when storage returns — without a restart.</summary>
public sealed class StorageOutageThreats() : ReminderOutageTests("2026-12-08T00:30:00Z")
{
    private const string CohortChannel = "cohort-channel";

    [Fact]
    public async Task Storage_outage_cohort_turns_say_try_again_or_answer_from_cache_and_recover()
    {
        await Rig.Week3CohortAsync("c1", CohortChannel, channelId: "webchat");
        var today = await SendAsync("/today", CohortChannel);
        Assert.Contains("Day 2", today, StringComparison.Ordinal);

        await Storage.GoAwayAsync();

        // The cohort channel's cohort was read a moment ago: /today needs no Storage.
        Assert.Contains("Day 2", await SendAsync("/today", CohortChannel), StringComparison.Ordinal);

        // A learner nobody has read yet, in a direct chat: their cohort is a storage read.
        var dm = await SendAsync("/today", "dm-new", userId: "new-learner");
        Assert.Contains(OutageStorage.TryAgainKo, dm, StringComparison.Ordinal);
        var joining = await SendAsync("/done k8s-operator", CohortChannel, userId: "new-learner");
        Assert.Contains(OutageStorage.TryAgainKo, joining, StringComparison.Ordinal);

        await Storage.ComeBackAsync();
        Assert.DoesNotContain(OutageStorage.TryAgainKo, await SendAsync("/today", "dm-new", userId: "new-learner"), StringComparison.Ordinal);
        Assert.DoesNotContain(OutageStorage.TryAgainKo, await SendAsync("/done k8s-operator", CohortChannel, userId: "new-learner"), StringComparison.Ordinal);
        Assert.Contains("Day 2", await SendAsync("/today", "dm-new", userId: "new-learner"), StringComparison.Ordinal); // now a member of c1
        var members = await Rig.Service<LearnerStore>().GetMembersAsync("c1", TestContext.Current.CancellationToken);
        Assert.Equal(["webchat~~new-learner"], members.Select(m => m.LearnerKey));
    }

    private Task<string> SendAsync(string text, string conversationId, string userId = "user-1") =>
        Rig.SayAsync(text, conversationId, userId, Channels.WebChat);
}
