namespace StudyBot.Tests.Slack;

/// <summary>The command a workspace installed is the one help shows: <c>/study done …</c> by default, another prefix when
/// <c>Slack:CommandPrefix</c> says so, the short forms only when <c>Slack:ShortCommands</c> installed them.</summary>
public sealed class SlackCommandFormsTests(AzuriteFixture azurite)
{
    private static async Task<string> HelpAsync(SlackTestHost slack, string command, string text = "help")
    {
        var (status, json) = await slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand(command, text, slack.ResponseUrl)));
        Assert.Equal(200, status);
        BlockKitLimits.AssertValid(json);
        return BlockKitLimits.AllText(json);
    }

    [Fact]
    public async Task Help_shows_the_prefix_form_that_is_installed()
    {
        await using var slack = await SlackTestHost.StartAsync(azurite.Settings());

        var help = await HelpAsync(slack, "/study");

        Assert.Contains("`/study done &lt;item-id…&gt; [note]`", help, StringComparison.Ordinal);
        Assert.Contains("`/study lang en|ko|auto`", help, StringComparison.Ordinal);
        Assert.DoesNotContain("`/done", help, StringComparison.Ordinal);
        Assert.Contains("`/study help`", await HelpAsync(slack, "/study", "hepl"), StringComparison.Ordinal); // "did you mean" and the hint
    }

    [Fact]
    public async Task Another_prefix_is_routed_and_shown()
    {
        await using var slack = await SlackTestHost.StartAsync(azurite.Settings(("Slack:CommandPrefix", "learn")));

        var help = await HelpAsync(slack, "/learn");

        Assert.Contains("`/learn done &lt;item-id…&gt; [note]`", help, StringComparison.Ordinal);
        Assert.Equal(help, await HelpAsync(slack, "/learn", string.Empty)); // the prefix alone is help
    }

    [Fact]
    public async Task Short_forms_show_when_installed_and_the_rest_keep_the_prefix()
    {
        await using var slack = await SlackTestHost.StartAsync(azurite.Settings(("Slack:ShortCommands", "true")));

        var help = await HelpAsync(slack, "/study");

        Assert.Contains("`/done &lt;item-id…&gt; [note]`", help, StringComparison.Ordinal);
        Assert.Contains("`/study lang en|ko|auto`", help, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifests_short_forms_are_the_ones_help_knows()
    {
        var listed = JsonDocument.Parse(File.ReadAllText(StudyBot.Tests.Deploy.RepoRoot.Combine("slack", "short-commands.json"))).RootElement
            .EnumerateArray().Select(c => c.GetProperty("command").GetString()!.TrimStart('/'));
        Assert.Equal(StudyBot.Slack.SlackCommandSyntax.ShortForms.Order(), listed.Order());
    }
}
