using Polly.Timeout;
using StudyBot.Cohorts;
using StudyBot.Reminders;
using StudyBot.Slack;

namespace StudyBot.Tests.Reminders;

/// <summary>How a native Slack reminder's failure is recorded: surely not posted (sent again later) or posted without an
/// answer (not sent again unless forced).</summary>
public sealed class TransportsTests
{
    private static readonly Subscription Channel = new()
    {
        CohortId = "w3",
        Key = Subscription.KeyOf(Channels.SlackNative, "CSTUDY"),
        ChannelId = Channels.SlackNative,
        ConversationId = "CSTUDY",
        TenantId = "T333",
    };

    public static TheoryData<Exception, SendStatus> Failures => new()
    {
        { new TimeoutRejectedException(), SendStatus.Unknown }, // the 10 s attempt timeout: Slack may have posted it
        { new TaskCanceledException(), SendStatus.Unknown }, // the client's own timeout
        { new HttpRequestException(HttpRequestError.ResponseEnded, "cut off"), SendStatus.Unknown },
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused"), SendStatus.Failed }, // never left
        { new SlackApiException("chat.postMessage", "internal_error"), SendStatus.Failed },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_post_that_may_have_reached_Slack_is_unknown_and_one_that_never_left_failed(Exception failure, SendStatus expected)
    {
        var transport = new SlackReminderTransport(new ThrowingMessenger(failure), Microsoft.Extensions.Options.Options.Create(new RemindersOptions()));

        var outcome = await transport.SendAsync(Channel, new ReplyBuilder().Text(Inline.Plain("Day 1")).Build(), TestContext.Current.CancellationToken);

        Assert.Equal(expected, outcome.Status);
    }

    private sealed class ThrowingMessenger(Exception failure) : ISlackMessenger
    {
        public Task<string?> PostAsync(SlackWorkspace workspace, string channel, Reply reply, string? threadTs = null, CancellationToken cancellationToken = default) =>
            Task.FromException<string?>(failure);
    }
}
