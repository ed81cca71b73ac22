namespace StudyBot.Tests.Slack;

/// <summary>Table storage goes away under native Slack (its SlackEvents dedupe rows, and the checklist behind the
/// commands) and under answer feedback (AnswerFeedback): a mention is still answered, a slash command that needs
/// storage says "try again" within Slack's ack window instead of failing, a 👍 says it was not stored — and all of it
/// works again when storage returns.</summary>
public sealed class StorageOutageThreats : StorageOutageTests
{
    private const string Section = "k8s-week3-part3#session-2-오토스케일링--자동화-50분";

    [Fact]
    public async Task Storage_outage_slack_still_answers_and_done_and_feedback_say_not_saved_then_recover()
    {
        await using var slack = await SlackTestHost.StartAsync(Storage.Settings());
        Assert.Contains("완료 기록", await CommandAsync(slack, "/done", "helm-chart"), StringComparison.Ordinal);

        await Storage.GoAwayAsync();
        var (status, _) = await slack.SendAsync(SlackRequests.Event(Mention("help")));
        Assert.Equal(200, status);
        var answer = Assert.Single(await slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage"));
        Assert.Contains("/study done", answer.Body, StringComparison.Ordinal); // dedupe could not be recorded: answered anyway

        var done = await CommandAsync(slack, "/done", "argocd-gitops");
        Assert.Contains(OutageStorage.TryAgainKo, done, StringComparison.Ordinal);
        Assert.DoesNotContain("완료 기록", done, StringComparison.Ordinal);
        Assert.Contains("저장소에 연결할 수 없어", await CommandAsync(slack, "/feedback", "up " + Section), StringComparison.Ordinal);

        await Storage.ComeBackAsync();
        Assert.Contains("완료 기록", await CommandAsync(slack, "/done", "argocd-gitops"), StringComparison.Ordinal);
        Assert.Contains("도움이 된 답으로 기록했어요", await CommandAsync(slack, "/feedback", "up " + Section), StringComparison.Ordinal);
        var progress = await CommandAsync(slack, "/progress", string.Empty);
        Assert.Contains("helm-chart", progress, StringComparison.Ordinal);
        Assert.Contains("argocd-gitops", progress, StringComparison.Ordinal);
    }

    /// <summary>A signed slash command; the text of the answer (inline, or at the response_url when it was slow).</summary>
    private static async Task<string> CommandAsync(SlackTestHost slack, string command, string text)
    {
        var before = slack.Responses.Requests.Count;
        var (status, json) = await slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand(command, text, slack.ResponseUrl, triggerId: Guid.NewGuid().ToString("N"))));
        Assert.Equal(200, status);
        var inline = json.GetRawText(); // Slack JSON keeps Korean unescaped
        if (!inline.Contains("처리 중입니다", StringComparison.Ordinal))
        {
            return inline;
        }

        var late = await slack.Responses.WaitForAsync(_ => true, before + 1);
        return late[^1].Body;
    }

    private static string Mention(string text) => JsonSerializer.Serialize(new
    {
        team_id = "T333",
        @event = new { type = "app_mention", user = "U111", text = $"<@UBOT1> {text}", ts = "1700000001.000200", channel = "C900", event_ts = "1700000001.000200" },
        type = "event_callback",
        event_id = "EvOUTAGE1",
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        authorizations = new[] { new { team_id = "T333", user_id = "UBOT1", is_bot = true } },
    });
}
