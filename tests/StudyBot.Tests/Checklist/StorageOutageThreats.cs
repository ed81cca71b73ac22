using StudyBot.Checklist;
using StudyBot.Cohorts;


namespace StudyBot.Tests.Checklist;

/// <summary>Table storage goes away mid-run under the checklist (its Completions and CohortCompletions, and the
/// Learners rows every checklist turn reads): turns that need no storage keep answering, checklist turns say "try
/// again" and claim nothing, nothing recorded before is lost, and all of it works again when storage returns —
/// without a restart.</summary>
public sealed class StorageOutageThreats : StorageOutageTests
{
    private const string Error = "처리하는 중에 문제가 생겼어요"; // core.error: the apology for a turn that broke

    [Fact]
    public async Task Storage_outage_does_not_stop_help_or_questions()
    {
        await using var chat = await BotChat.StartAsync(Storage.Settings());
        Assert.Contains("완료 기록", await chat.SayAsync("/done helm-chart"), StringComparison.Ordinal);

        await Storage.GoAwayAsync();

        // New conversations too: their cohort would be a storage read, which the turn does without.
        var help = await chat.SayAsync("/help", conversationId: "dm-new");
        Assert.Contains("/done", help, StringComparison.Ordinal);
        var answer = await chat.SayAsync("쿠버네티스 오퍼레이터는 무엇인가요?", conversationId: "dm-other");
        foreach (var reply in new[] { help, answer, await chat.SayAsync("/checklist", conversationId: "dm-third") })
        {
            Assert.DoesNotContain(OutageStorage.TryAgainKo, reply, StringComparison.Ordinal);
            Assert.DoesNotContain(Error, reply, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Storage_outage_checklist_turns_say_try_again_claim_nothing_lose_nothing_and_recover_without_restart()
    {
        var cohorts = new FixedCohorts().Add("c1", "infra-platform", "cohort-channel");
        await using var chat = await BotChat.StartAsync(Storage.Settings(), configure: cohorts.Use);
        Assert.Contains("완료 기록", await chat.SayAsync("/done helm-chart"), StringComparison.Ordinal);
        Assert.Contains("완료 기록", await chat.SayAsync("/done k8s-operator", conversationId: "cohort-channel"), StringComparison.Ordinal);

        await Storage.GoAwayAsync();
        var down = new[]
        {
            await chat.SayAsync("/done argocd-gitops"),
            await chat.SayAsync("/done argocd-gitops compute-nova"), // several items: all or none
            await chat.SayAsync("/done argocd-gitops", conversationId: "cohort-channel"),
            await chat.SayAsync("/undo helm-chart"),
            await chat.SayAsync("/progress"),
            await chat.SayAsync("/progress", conversationId: "cohort-channel"),
            await chat.SayAsync("/forget-me confirm"),
        };
        Assert.All(down, reply =>
        {
            Assert.Contains(OutageStorage.TryAgainKo, reply, StringComparison.Ordinal);
            Assert.DoesNotContain("완료 기록", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("✅", reply, StringComparison.Ordinal);
            Assert.DoesNotContain(Error, reply, StringComparison.Ordinal);
        });
        Assert.Contains(OutageStorage.TryAgainEn, await chat.SayAsync("/undo helm-chart", locale: "en-US"), StringComparison.Ordinal);

        await Storage.ComeBackAsync();
        Assert.Contains("완료 기록", await chat.SayAsync("/done argocd-gitops"), StringComparison.Ordinal);
        var progress = await chat.SayAsync("/progress");
        Assert.Contains("✅ helm-chart", progress, StringComparison.Ordinal);
        Assert.Contains("✅ argocd-gitops", progress, StringComparison.Ordinal);
        Assert.Contains("✅ k8s-operator", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("✅ compute-nova", progress, StringComparison.Ordinal);

        // Exactly what the learner was told was saved: nothing lost, nothing extra, the cohort index intact.
        var learner = new LearnerId(Channels.WebChat, string.Empty, "user-1").Key;
        Assert.Equal(["argocd-gitops", "helm-chart", "k8s-operator"], (await chat.CompletionRowsAsync(learner)).Select(r => r.RowKey).Order());
        // The learner joined c1 in its channel, so later direct-chat items count for c1 too (helm-chart came before).
        Assert.Equal(["argocd-gitops", "k8s-operator"], (await chat.RowsAsync(CompletionStore.CohortCompletionsTable, "c1")).Select(r => r.GetString("ItemId")).Order());
        Assert.Single(await chat.RowsAsync(LearnerStore.CohortMembersTable, "c1"));
    }
}
