using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Hosting;

/// <summary>The privacy and terms pages a tenant admin opens from the Teams app before approving it: served in
/// Production, Korean by default, English on request, static (no script) and saying what is stored and how
/// <c>/forget-me</c> removes it.</summary>
public sealed class PolicyPagesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_teams_manifests_privacy_and_terms_links_are_served_in_production()
    {
        await using var bot = await BotChat.StartAsync(azurite.Settings(("Guides:BaseUrl", "https://studybot.example.org/guides/")), BotAuth.BotFramework(), environment: "Production");

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(RepoRoot.Combine("teams", "manifest.template.json"), TestContext.Current.CancellationToken));
        foreach (var link in new[] { "privacyUrl", "termsOfUseUrl" })
        {
            var path = new Uri(manifest.RootElement.GetProperty("developer").GetProperty(link).GetString()!.Replace("${{BOT_DOMAIN}}", "x", StringComparison.Ordinal)).AbsolutePath;
            using var page = await bot.Client.GetAsync(path.TrimStart('/'), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_privacy_page_says_what_is_stored_and_how_forget_me_removes_it_in_korean_and_english()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        var korean = await bot.Client.GetStringAsync("privacy", TestContext.Current.CancellationToken);
        foreach (var said in new[] { "체크리스트 완료 기록", "코호트 소속", "익명 답변 피드백", "<code>/forget-me</code>", "저장하지 않습니다" })
        {
            Assert.Contains(said, korean, StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "privacy");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var english = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var said in new[] { "Checklist completions", "Cohort membership", "Anonymous answer feedback", "<code>/forget-me</code>", "not stored" })
        {
            Assert.Contains(said, english, StringComparison.Ordinal);
        }

        var terms = await bot.Client.GetStringAsync("terms?lang=en", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", terms, StringComparison.Ordinal);
        Assert.Contains("href=\"privacy\"", terms, StringComparison.Ordinal);
        Assert.Contains("href=\"terms?lang=ko\"", terms, StringComparison.Ordinal); // the other language, one click away
    }
}
