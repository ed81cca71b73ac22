namespace StudyBot.Tests.Conversation;

/// <summary>A learner's language: chosen with <c>/lang</c> (Slack: <c>/study lang</c>), stored per learner key and
/// honoured on every channel over the locale the channel reports; on native Slack, without a choice, the user's Slack
/// locale from <c>users.info</c> (asked once).</summary>
public sealed class LearnerLanguageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_choice_made_in_Web_Chat_wins_over_the_activity_locale_until_auto()
    {
        await using var chat = await BotChat.StartAsync(azurite.Settings());

        Assert.Contains("StudyBot 명령", await chat.SayAsync("/help", locale: "ko-KR"), StringComparison.Ordinal);
        Assert.Contains("English", await chat.SayAsync("/lang en", locale: "ko-KR"), StringComparison.Ordinal);
        Assert.Contains("StudyBot commands", await chat.SayAsync("/help", locale: "ko-KR"), StringComparison.Ordinal);
        Assert.Contains("StudyBot commands", await chat.SayAsync("/help", locale: "ko-KR", conversationId: "other-chat"), StringComparison.Ordinal);

        // Another learner is not affected; "auto" follows the channel again.
        Assert.Contains("StudyBot 명령", await chat.SayAsync("/help", userId: "user-2", locale: "ko-KR"), StringComparison.Ordinal);
        await chat.SayAsync("/lang auto", locale: "ko-KR");
        Assert.Contains("StudyBot 명령", await chat.SayAsync("/help", locale: "ko-KR"), StringComparison.Ordinal);
        Assert.Contains("`/lang en`", await chat.SayAsync("/lang klingon", locale: "en-US"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korean_help_says_how_to_switch_language_where_the_learner_reads_it()
    {
        await using var chat = await BotChat.StartAsync(azurite.Settings());

        // StudyBot's own page (its Direct Line) has a language button: help names it, not Teams or the browser.
        var page = await chat.SayAsync("/help", locale: "ko-KR", channelId: Channels.DirectLine);
        Assert.Contains("페이지 위쪽의 언어 버튼", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Teams", page, StringComparison.Ordinal);
        Assert.DoesNotContain("브라우저", page, StringComparison.Ordinal);

        var teams = await chat.SayAsync("/help", locale: "ko-KR", channelId: Channels.MsTeams);
        Assert.Contains("Teams 언어", teams, StringComparison.Ordinal);
        Assert.DoesNotContain("언어 버튼", teams, StringComparison.Ordinal);

        // Everywhere, /lang is offered too.
        Assert.All(new[] { page, teams }, help => Assert.Contains("/lang en", help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_choice_made_in_Teams_wins_over_the_Teams_client_language_in_every_conversation()
    {
        await using var chat = await BotChat.StartAsync(azurite.Settings());

        // A Teams client set to English; the learner prefers Korean (Teams sends the client's language as the locale).
        Assert.Contains("StudyBot commands", await chat.SayAsync("/help", locale: "en-US", channelId: Channels.MsTeams), StringComparison.Ordinal);
        await chat.SayAsync("/lang ko", locale: "en-US", channelId: Channels.MsTeams);
        Assert.Contains("StudyBot 명령", await chat.SayAsync("/help", locale: "en-US", channelId: Channels.MsTeams), StringComparison.Ordinal);
        Assert.Contains("StudyBot 명령", await chat.SayAsync("/help", locale: "en-US", conversationId: "19:team@thread.tacv2", channelId: Channels.MsTeams), StringComparison.Ordinal);

        // The choice belongs to the Teams learner key: the same user id on Web Chat is another learner.
        Assert.Contains("StudyBot commands", await chat.SayAsync("/help", locale: "en-US"), StringComparison.Ordinal);
    }

    // These tests read the reply from the slash command's ack: a budget far above a cold start under a loaded CI keeps the
    // reply inline (the deferred path has its own tests with a short budget in Slack/SlashCommandTests).
    private Dictionary<string, string?> SlackSettings() => azurite.Settings(("Slack:InlineReplyBudget", "00:00:30"));

    [Fact]
    public async Task On_Slack_the_choice_is_made_with_the_prefix_and_the_Slack_locale_is_read_once()
    {
        await using var slack = await SlackTestHost.StartAsync(SlackSettings());
        slack.Api.On("/api/users.info", r => ScriptedResponse.Json(new { ok = true, user = new { id = "U777", locale = r.Body.Contains("U777", StringComparison.Ordinal) ? "en-US" : "ko-KR" } }));

        async Task<string> SayAsync(string text, string user)
        {
            var (status, json) = await slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand("/study", text, slack.ResponseUrl, userId: user)));
            Assert.Equal(200, status);
            return StudyBot.Tests.Slack.BlockKitLimits.AllText(json);
        }

        // users.info with include_locale, once per user.
        Assert.Contains("StudyBot commands", await SayAsync("help", "U777"), StringComparison.Ordinal);
        Assert.Contains("StudyBot commands", await SayAsync("help", "U777"), StringComparison.Ordinal);
        var lookups = slack.Api.Requests.Where(r => r.Path == "/api/users.info").ToList();
        var lookup = Assert.Single(lookups);
        Assert.Contains("include_locale=true", lookup.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer " + SlackTestHost.BotToken, lookup.Header("Authorization"));

        // A Korean Slack user who prefers English says so once.
        Assert.Contains("StudyBot 명령", await SayAsync("help", "U888"), StringComparison.Ordinal);
        Assert.Contains("English", await SayAsync("lang en", "U888"), StringComparison.Ordinal);
        Assert.Contains("StudyBot commands", await SayAsync("help", "U888"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_that_refuses_users_info_costs_one_call_per_user_and_answers_in_the_default_language()
    {
        await using var slack = await SlackTestHost.StartAsync(SlackSettings());
        slack.Api.On("/api/users.info", _ => ScriptedResponse.Json(new { ok = false, error = "missing_scope" }));

        for (var i = 0; i < 3; i++)
        {
            var (_, json) = await slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand("/study", "help", slack.ResponseUrl, userId: "U999")));
            Assert.Contains("StudyBot 명령", StudyBot.Tests.Slack.BlockKitLimits.AllText(json), StringComparison.Ordinal);
        }

        Assert.Single(slack.Api.Requests, r => r.Path == "/api/users.info");
    }
}
