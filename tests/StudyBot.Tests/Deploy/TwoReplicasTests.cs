using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Deploy;

/// <summary>Two StudyBot replicas that share nothing but the Azurite tables (as the Helm chart deploys them): learners
/// hit either replica concurrently while both tick the same reminder slot.</summary>
public sealed class TwoReplicasTests(AzuriteFixture azurite)
{
    private const string CohortChannel = "19:cohort-w3@thread.tacv2";

    [Fact]
    public async Task Concurrent_chat_on_two_replicas_loses_no_completion_and_the_slot_is_sent_once()
    {
        // Cohort w3 (Week 3 from Monday 2026-12-07, Seoul); Friday's morning slot is 00:00 UTC.
        await using var rig = await ReminderRig.StartAsync(azurite, DateTimeOffset.Parse("2026-12-06T00:00:00Z"), instances: 2);
        await rig.Week3CohortAsync("w3", CohortChannel);
        rig.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-11T00:00:20Z"));

        var items = rig.Instance(0).Services.GetRequiredService<IGuideCatalogProvider>().Current.FindGuide("k8s-week3-part3")!.Items
            .Select(i => i.Id).Take(6).ToArray();
        Assert.Equal(6, items.Length);
        var learners = Enumerable.Range(1, 8).Select(n => $"learner-{n}").ToArray();

        // Every learner records every item, alternating replicas, all at once — and a duplicate of each on the
        // other replica (a double click / a retried send) — while both replicas run the same reminder slot.
        var chat = learners.SelectMany((learner, l) => items.SelectMany((item, i) => new[]
        {
            SendAsync(rig, (l + i) % 2, learner, $"/done {item}"),
            SendAsync(rig, (l + i + 1) % 2, learner, $"/done {item}"),
        }));
        var ticks = new[] { rig.TickAsync(0), rig.TickAsync(1), rig.TickAsync(0), rig.TickAsync(1) };
        await Task.WhenAll([.. chat, .. ticks]);

        foreach (var (learner, l) in learners.Select((x, l) => (x, l)))
        {
            var list = (await SendAsync(rig, l % 2, learner, "/checklist k8s-week3-part3")).Replace("`", string.Empty, StringComparison.Ordinal);
            foreach (var item in items)
            {
                Assert.Contains("✅ " + item, list, StringComparison.Ordinal);
            }
        }

        var reminder = Assert.Single(rig.SendsTo(CohortChannel)); // one morning reminder, not one per replica
        Assert.Contains("Week 3 · Day 5", reminder.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Sends chat text to one replica as a Web Chat user and returns the text of the bot's reply.</summary>
    private static Task<string> SendAsync(ReminderRig rig, int replica, string learner, string text) =>
        rig.SayAsync(text, "dm-" + learner, learner, Channels.WebChat, instance: replica);
}
