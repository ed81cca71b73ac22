using StudyBot.Checklist;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Testing;

namespace StudyBot.Tests.Checklist;

/// <summary>Table storage stops mid-run (its own persistent Azurite, killed and restarted on the same port and data):
/// the learner is told to retry and nothing is reported as saved; once storage is back it all works.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task Storage_down_gives_a_retry_reply_and_no_false_success_then_recovers()
    {
        await using var storage = await AzuriteServer.StartAsync(persistent: true);
        await using var chat = await ChecklistChat.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = storage.ConnectionString,
            ["Storage:TablePrefix"] = "outage",
        });

        Assert.Contains("완료 기록", await chat.SendAsync("/done helm-chart"), StringComparison.Ordinal);

        // Azurite writes its data file every 5 s and the stop below is a hard kill: let it save what we wrote, so the
        // check after the restart is about StudyBot, not about the emulator losing its last seconds.
        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);
        await storage.StopAsync();
        var down = await chat.SendAsync("/done argocd-gitops");
        Assert.Contains("저장소에 연결할 수 없어", down, StringComparison.Ordinal);
        Assert.DoesNotContain("완료 기록", down, StringComparison.Ordinal);
        Assert.DoesNotContain("✅", down, StringComparison.Ordinal);

        var undoDown = await chat.SendAsync("/undo helm-chart", locale: "en-US");
        Assert.Contains("Storage is unavailable", undoDown, StringComparison.Ordinal);
        var progressDown = await chat.SendAsync("/progress");
        Assert.Contains("저장소에 연결할 수 없어", progressDown, StringComparison.Ordinal);

        await storage.StartAgainAsync();
        Assert.Contains("완료 기록", await chat.SendAsync("/done argocd-gitops"), StringComparison.Ordinal);
        var progress = await chat.SendAsync("/progress");
        Assert.Contains("✅ helm-chart", progress, StringComparison.Ordinal);
        Assert.Contains("✅ argocd-gitops", progress, StringComparison.Ordinal);

        var learner = new LearnerId(Channels.WebChat, string.Empty, "user-1").Key;
        Assert.Equal(["argocd-gitops", "helm-chart"], (await chat.RowsAsync(CompletionStore.CompletionsTable, learner)).Select(r => r.RowKey).Order());
    }
}
