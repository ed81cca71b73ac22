namespace StudyBot.Tests.Guides;

public sealed class AnswerFeedbackTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Section = "k8s-week3-part3#session-2-오토스케일링--자동화-50분";
    private BotChat _chat = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = azurite.Settings(("Admin:ApiKey", "feedback-admin-key"));
        _chat = await BotChat.StartAsync(settings);
    }

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    private async Task<string> SayAsync(string text, string user) =>
        (await _chat.SendAsync(_chat.Message(text, userId: user))).Json.GetProperty("text").GetString() ?? string.Empty;

    /// <summary>The commands of the buttons on the reply's card (Web Chat shows buttons, not the commands as text).</summary>
    private async Task<string[]> ButtonsAsync(string text, string user)
    {
        var reply = await _chat.SendAsync(_chat.Message(text, userId: user));
        return System.Text.RegularExpressions.Regex.Matches(reply.Body, "\"command\":\"([^\"]+)\"").Select(m => System.Text.RegularExpressions.Regex.Unescape(m.Groups[1].Value)).ToArray();
    }

    private async Task<JsonElement> SummaryAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/feedback");
        request.Headers.Add("X-Admin-Key", "feedback-admin-key");
        using var response = await _chat.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Answers_offer_thumbs_and_a_vote_is_counted_once_per_learner_without_identity()
    {
        var buttons = await ButtonsAsync("HPA 계산 공식", "learner-a");
        var up = Assert.Single(buttons, b => b.StartsWith("/feedback up k8s-week3-part3#", StringComparison.Ordinal));
        var section = up["/feedback up ".Length..];
        Assert.Contains($"/feedback down {section}", buttons);

        Assert.Contains("👍", await SayAsync($"/feedback up {section}", "learner-a"), StringComparison.Ordinal);
        await SayAsync($"/feedback up {section}", "learner-b");
        Assert.Contains("👎", await SayAsync($"/feedback down {section}", "learner-a"), StringComparison.Ordinal); // replaces a's vote

        var row = Assert.Single((await SummaryAsync()).EnumerateArray());
        Assert.Equal(section, row.GetProperty("section").GetString());
        Assert.Equal(1, row.GetProperty("up").GetInt32());
        Assert.Equal(1, row.GetProperty("down").GetInt32());
        Assert.DoesNotContain("learner-a", row.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_or_unknown_section_gets_the_usage_and_nothing_is_stored()
    {
        Assert.Contains("/feedback up|down", await SayAsync("/feedback up nope#nothing", "learner-c"), StringComparison.Ordinal);
        Assert.Contains("/feedback up|down", await SayAsync("/feedback sideways " + Section, "learner-c"), StringComparison.Ordinal);
        Assert.Empty((await SummaryAsync()).EnumerateArray());

        using var anonymous = await _chat.Client.GetAsync("api/admin/feedback", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
