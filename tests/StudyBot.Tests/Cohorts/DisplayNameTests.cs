using StudyBot.Cohorts;
using StudyBot.Cohorts.Dashboard;

namespace StudyBot.Tests.Cohorts;

/// <summary>The name a channel sends is kept for the operators' dashboard, renamed when it changes; a learner the
/// channel names not at all (Web Chat) still gets a label an operator can tell apart.</summary>
public sealed class DisplayNameTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_name_follows_the_channel_and_every_bar_has_a_label()
    {
        var cohorts = new FixedCohorts().Add("c1", "infra-platform", "cohort-channel");
        await using var chat = await BotChat.StartAsync(azurite.Settings(), configure: cohorts.Use);
        await chat.SayAsync("/done helm-chart", userId: "kim", conversationId: "cohort-channel", shape: a => a.From!.Name = "Kim");
        await chat.SayAsync("/progress", userId: "kim", conversationId: "cohort-channel", shape: a => a.From!.Name = "Kim Minji");
        await chat.SayAsync("/done helm-chart", userId: "dl_0123456789abcdef0123", conversationId: "cohort-channel", shape: a => a.From!.Name = null);

        var members = await chat.Services.GetRequiredService<LearnerStore>().GetMembersAsync("c1", TestContext.Current.CancellationToken);
        Assert.Equal("Kim Minji", members.Single(m => m.LearnerKey.EndsWith("~kim", StringComparison.Ordinal)).Name);

        var dashboard = await chat.Services.GetRequiredService<IDashboardSource>().GetAsync("c1", "ko", TestContext.Current.CancellationToken);
        var labels = dashboard!.Learners!.Select(l => l.Learner).ToArray();
        Assert.Contains("Kim Minji", labels);
        Assert.True(labels.Contains($"{Channels.WebChat} · dl_0123456789a…"), string.Join(" | ", labels));
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }
}
