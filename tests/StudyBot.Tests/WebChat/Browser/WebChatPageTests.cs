using OpenQA.Selenium;
using StudyBot.Checklist;
using StudyBot.Guides;

namespace StudyBot.Tests.WebChat.Browser;

/// <summary>The page at <c>/</c> in real headless Chromium: the official Web Chat bundle, over the built-in Direct
/// Line endpoint, through the real bot.</summary>
public sealed class WebChatPageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StudyBotHost _bot = null!;
    private BrowserSession _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await StudyBotHost.StartAsync(azurite.Settings());
        _browser = new BrowserSession();
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public void Typing_help_shows_the_commands()
    {
        _browser.Run(nameof(Typing_help_shows_the_commands), () =>
        {
            _browser.Driver.Navigate().GoToUrl(new Uri(_bot.BaseAddress, "/?lang=ko"));
            Assert.Equal("StudyBot", _browser.Driver.Title);
            Assert.Equal("ko", _browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
            _browser.WaitForTranscript("안녕하세요, StudyBot이에요");

            var transcript = _browser.Say("/help", "StudyBot 명령어");
            Assert.Contains("/help", transcript, StringComparison.Ordinal);

            // No errors, and no warning either: the user id is in the token, so Web Chat does not call dl_ ids forgeable.
            Assert.Empty(_browser.ConsoleMessages(OpenQA.Selenium.LogLevel.Warning));
        });
    }

    [Fact]
    public void The_language_switch_makes_the_bot_answer_in_English()
    {
        _browser.Run(nameof(The_language_switch_makes_the_bot_answer_in_English), () =>
        {
            _browser.OpenChat(_bot.BaseAddress, "ko");
            var english = _browser.WaitFor(By.CssSelector("button[data-lang='en']"));
            english.Click();
            Assert.Equal("true", english.GetAttribute("aria-pressed"));
            Assert.Equal("en", _browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));

            _browser.Say("/help", "StudyBot commands");
        });
    }

    [Fact]
    public void Done_then_progress_shows_the_item_done()
    {
        _browser.Run(nameof(Done_then_progress_shows_the_item_done), () =>
        {
            _browser.OpenChat(_bot.BaseAddress, "ko");

            _browser.Say("/done k8s-operator", "완료 기록: k8s-operator");

            // The contract line as one line holds it (a long title is clipped with "…"; the full one is in /checklist).
            var item = _bot.Services.GetRequiredService<IGuideCatalogProvider>().Current.FindItem("k8s-operator")!;
            _browser.Say("/progress", $"✅ k8s-operator — {ProgressFormat.LineTitle(item)}");
        });
    }

    [Fact]
    public void The_done_button_on_a_card_records_the_next_item()
    {
        _browser.Run(nameof(The_done_button_on_a_card_records_the_next_item), () =>
        {
            _browser.OpenChat(_bot.BaseAddress, "en");

            _browser.Send("/done k8s-operator");
            var button = _browser.WaitFor(By.CssSelector(".webchat__basic-transcript .ac-adaptiveCard button"));
            var next = button.Text.Replace("Done:", string.Empty, StringComparison.Ordinal).Trim();
            Assert.Matches("^[a-z0-9-]+$", next);

            button.Click();
            _browser.WaitForTranscript("Recorded: " + next);
        });
    }

    [Fact]
    public void A_question_is_answered_with_the_line_that_answers_it_code_wraps_and_the_thumbs_sit_side_by_side()
    {
        _browser.Run(nameof(A_question_is_answered_with_the_line_that_answers_it_code_wraps_and_the_thumbs_sit_side_by_side), () =>
        {
            // A narrow window: the formula line is wider than the bubble.
            _browser.Driver.Manage().Window.Size = new System.Drawing.Size(420, 900);
            _browser.OpenChat(_bot.BaseAddress, "ko");

            _browser.Say("HPA 계산 공식", "desiredReplicas = ceil");
            var link = _browser.WaitFor(By.CssSelector(".webchat__basic-transcript a[href*='k8s-week3-part3']"));
            Assert.Contains("k8s-week3-part3", link.GetAttribute("href") ?? string.Empty, StringComparison.Ordinal);

            var js = (IJavaScriptExecutor)_browser.Driver;
            var overflowing = js.ExecuteScript(
                "return [...document.querySelectorAll('.webchat__basic-transcript pre')].filter(p => p.scrollWidth > p.clientWidth + 1).length;");
            Assert.Equal(0L, overflowing);

            // Both positions in one script: Web Chat may still be scrolling the transcript, so two separate reads can
            // see it at different offsets.
            var thumbs = ((IReadOnlyCollection<object>)js.ExecuteScript(
                "return [...document.querySelectorAll('.webchat__basic-transcript .ac-adaptiveCard button')]" +
                ".filter(b => b.textContent.trim() === '👍' || b.textContent.trim() === '👎')" +
                ".map(b => { const r = b.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.left)]; });")!)
                .Cast<IReadOnlyCollection<object>>().Select(p => p.Select(Convert.ToInt64).ToArray()).ToArray();
            Assert.Equal(2, thumbs.Length);
            Assert.Equal(thumbs[0][0], thumbs[1][0]);
            Assert.True(thumbs[1][1] > thumbs[0][1]);
        });
    }
}
