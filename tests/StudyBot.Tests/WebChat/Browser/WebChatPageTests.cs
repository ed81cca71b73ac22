using OpenQA.Selenium;
using StudyBot.Testing;
using StudyBot.Tests.Support;

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
            _browser.WaitForTranscript("안녕하세요, StudyBot 이에요");

            _browser.Send("/help");
            var transcript = _browser.WaitForTranscript("StudyBot 명령어");
            Assert.Contains("/help", transcript, StringComparison.Ordinal);
            Assert.Empty(_browser.ConsoleErrors());
        });
    }

    [Fact]
    public void The_language_switch_makes_the_bot_answer_in_English()
    {
        _browser.Run(nameof(The_language_switch_makes_the_bot_answer_in_English), () =>
        {
            _browser.Driver.Navigate().GoToUrl(new Uri(_bot.BaseAddress, "/?lang=ko"));
            _browser.WaitForTranscript("StudyBot");
            var english = _browser.WaitFor(By.CssSelector("button[data-lang='en']"));
            english.Click();
            Assert.Equal("true", english.GetAttribute("aria-pressed"));
            Assert.Equal("en", _browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));

            _browser.Send("/help");
            _browser.WaitForTranscript("StudyBot commands");
        });
    }
}
