using Microsoft.Extensions.Logging.Abstractions;

namespace StudyBot.Tests.Deploy;

public sealed class GracefulShutdownTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_turn_in_flight_when_the_host_stops_still_sends_its_reply_and_answers_200()
    {
        await using var chat = await BotChat.StartAsync(azurite.Settings());
        chat.Connector.Default = _ => new ScriptedResponse(200, "{\"id\":\"r1\"}", Delay: TimeSpan.FromSeconds(2)); // a slow channel
        var post = chat.PostAsync(chat.Message("/help"), cancellationToken: TestContext.Current.CancellationToken);
        await chat.Connector.WaitForAsync(r => r.Method == "POST"); // the reply is on its way

        var stop = chat.Bot.App.StopAsync(TestContext.Current.CancellationToken); // e.g. SIGTERM from a rolling update
        using var response = await post;
        await stop;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(chat.Connector.Requests);
    }

    [Fact]
    public async Task Stopping_waits_for_tracked_background_work()
    {
        using var tracker = new BackgroundWorkTracker(NullLogger<BackgroundWorkTracker>.Instance);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        Assert.True(tracker.TryRun("send reminder", async _ =>
        {
            await gate.Task;
            finished = true;
        }));

        var stop = tracker.StopAsync(TestContext.Current.CancellationToken);
        Assert.False(stop.IsCompleted);
        Assert.False(tracker.TryRun("late work", _ => Task.CompletedTask)); // no new work once stopping

        gate.SetResult();
        await stop;
        Assert.True(finished);
    }

    [Fact]
    public async Task When_the_shutdown_timeout_runs_out_the_work_is_cancelled()
    {
        using var tracker = new BackgroundWorkTracker(NullLogger<BackgroundWorkTracker>.Instance);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.TryRun("stuck send", async ct =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                cancelled.TrySetResult();
            }
        });

        using var timeout = new CancellationTokenSource();
        var stop = tracker.StopAsync(timeout.Token);
        await timeout.CancelAsync(); // the host's shutdown timeout
        await stop;
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
