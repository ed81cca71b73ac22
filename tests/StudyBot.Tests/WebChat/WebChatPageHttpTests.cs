namespace StudyBot.Tests.WebChat;

/// <summary>What the page routes serve, and when they are on.</summary>
public sealed class WebChatPageHttpTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_loads_the_local_Web_Chat_bundle_and_its_texts_in_the_asked_language()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        using var page = await bot.Client.GetAsync("/?lang=en", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/webchat/webchat.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal); // nothing from a CDN
        Assert.Contains("Connecting to StudyBot", html, StringComparison.Ordinal);
        var json = html[(html.IndexOf("application/json\">", StringComparison.Ordinal) + 18)..html.IndexOf("</script>", StringComparison.Ordinal)];
        var texts = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal("StudyBot에 연결하는 중…", texts.GetProperty("ko").GetProperty("connecting").GetString()); // both languages for the switch
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var korean = await bot.Client.GetAsync("/", Ct);
        Assert.Contains("<html lang=\"ko\">", await korean.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bundle_is_served_from_node_modules()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings());
        using var bundle = await bot.Client.GetAsync("/webchat/webchat.js", Ct);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
        Assert.NotNull(bundle.Headers.ETag);

        using var script = await bot.Client.GetAsync("/webchat/app.js", Ct);
        Assert.Contains("createDirectLine", await script.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_the_page_and_Direct_Line_are_off_unless_enabled()
    {
        await using (var off = await StudyBotHost.StartAsync(azurite.Settings(), environment: "Staging"))
        {
            using var page = await off.Client.GetAsync("/", Ct);
            using var token = await off.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        }

        var settings = azurite.Settings(("WebChat:Enabled", "true"));
        await using var on = await StudyBotHost.StartAsync(settings, environment: "Staging");
        using var enabled = await on.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }
}
