using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OpenQA.Selenium;
using StudyBot.Checklist;
using StudyBot.Cohorts;
using StudyBot.Guides;
using StudyBot.Reminders;

namespace StudyBot.Tests.WebChat.Browser;

/// <summary>Every kind of reply as a learner and an operator see it, in real headless Chromium, Korean and English: help,
/// an answer, a closest (medium-confidence) answer, <c>/done</c>, <c>/progress</c>, <c>/today</c>, the morning reminder
/// and the cohort dashboard. Each is saved as a screenshot (<c>TestResults/screens/{kind}.{lang}.png</c>, attached to the
/// test and its path printed) and must not overflow sideways, show raw markdown, or carry two buttons with one label.</summary>
public sealed partial class ReplyKindsInTheBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Monday 2026-12-07, just after 09:00 in Seoul (the morning slot): day 4 of a cohort that started on Wednesday, so
    // Monday's digest has a week behind it.
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-07T00:00:30Z", CultureInfo.InvariantCulture);
    private const string Operator = "dl_screens0operator00001";
    private const string Cohort = "w3";

    private StudyBotHost _bot = null!;
    private BrowserSession _browser = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = azurite.Settings();
        settings["Admin:Users:0"] = $"{Channels.DirectLine}~~{Operator}";
        settings["Reminders:Scheduler"] = "false"; // the reminder is sent by the test, once
        _bot = await StudyBotHost.StartAsync(settings, new FakeTimeProvider(Now));
        _browser = new BrowserSession();
        _browser.Driver.Manage().Window.Size = new System.Drawing.Size(560, 1400);
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Every_reply_kind_fits_reads_clean_and_has_distinct_buttons(string lang)
    {
        var dialogs = _bot.Services.GetRequiredService<Dialogs>();
        string T(string key, object? args = null) => dialogs.Plain(lang, key, args);
        var roadmap = _bot.Services.GetRequiredService<RoadmapProvider>().Current.Find("k8s-week3-part3")!;
        var lastWeek = roadmap.Days.Take(3).SelectMany(d => d.Checkpoints).DistinctBy(i => i.Id).ToArray();
        var ct = TestContext.Current.CancellationToken;

        await _browser.RunAsync($"reply-kinds.{lang}", async () =>
        {
            // The operator's browser: a known Direct Line user id (listed in Admin:Users), in the chosen language.
            _browser.Driver.Navigate().GoToUrl(new Uri(_bot.BaseAddress, "/?lang=" + lang));
            ((IJavaScriptExecutor)_browser.Driver).ExecuteScript($"localStorage.setItem('studybot.userId', '{Operator}'); localStorage.setItem('studybot.lang', '{lang}');");
            _browser.Driver.Navigate().Refresh();
            _browser.WaitForTranscript(T("core.welcome.title"));

            // The page's conversation becomes the cohort's channel; two more learners have worked last week.
            _browser.Say($"/cohort create {Cohort} k8s-week3-part3 2026-12-02 Asia/Seoul {lang}", T("cohorts.admin.saved", new { cohort = Cohort }));
            _browser.Say($"/cohort subscribe {Cohort}", T("cohorts.admin.subscribed", new { cohort = Cohort }));
            await OtherLearnersAsync(lastWeek, ct);

            _browser.SayNew("/help", T("core.help.title"));
            Check("help", lang);

            _browser.SayNew("HPA 계산 공식", "desiredReplicas = ceil");
            Check("answer", lang);

            // The same question against an index whose "answer outright" bar cannot be reached: the closest answer.
            var search = _bot.Services.GetRequiredService<GuideSearch>();
            var index = search.Index;
            search.Swap(GuideIndex.Build(index.Catalog, index.CuratedGlossary, SearchProfile.StudyBot with { Tuning = new AnswerTuning { HighCoverage = 1.01 } }));
            _browser.SayNew("/ask HPA 계산 공식", T("guides.ask.closest_answer"));
            search.Swap(index);
            Check("answer-medium", lang);

            _browser.SayNew($"/done {lastWeek[0].Id}", T("checklist.done.recorded", new { id = lastWeek[0].Id, title = lastWeek[0].Title }));
            Check("done", lang);

            _browser.SayNew("/progress", T("checklist.progress.title"));
            Check("progress", lang);

            _browser.SayNew("/today", T("reminders.morning.checkpoints"));
            Check("today", lang);

            // This morning's reminder, as the scheduler sends it (through the dispatcher, to the subscribed page).
            var store = _bot.Services.GetRequiredService<CohortStore>();
            var cohort = (await store.GetCohortAsync(Cohort, ct))!;
            var run = await _bot.Services.GetRequiredService<ReminderDispatcher>().RunSlotAsync(cohort, new DateOnly(2026, 12, 7), ReminderSlot.Morning, force: true, allowNew: true, ct);
            Assert.Equal(1, run.Sent);
            _browser.WaitForTranscript(T("reminders.digest.open_title"));
            Check("reminder", lang);

            // The operator's dashboard: a labelled bar per learner, the next reminder in the cohort's zone.
            _browser.Driver.Navigate().GoToUrl(new Uri(_bot.BaseAddress, $"/dashboard/{Cohort}?lang={lang}"));
            var page = _browser.WaitFor(By.Id("learners")).Text;
            Assert.Contains("Kim Minji", _browser.Driver.PageSource, StringComparison.Ordinal);
            Assert.Contains("KST", page + _browser.Driver.FindElement(By.Id("next-reminder")).Text, StringComparison.Ordinal);
            var titles = _browser.Driver.FindElements(By.CssSelector("#learners-chart g.bar > title")).Select(t => t.GetAttribute("textContent") ?? string.Empty).ToArray();
            Assert.NotEmpty(titles);
            Assert.All(titles, t => Assert.DoesNotMatch("^\\s*:", t)); // every bar is named
            var js = (IJavaScriptExecutor)_browser.Driver;
            Assert.True((bool)js.ExecuteScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")!, "the dashboard scrolls sideways");
            _browser.SaveScreenshot($"dashboard.{lang}", null);
        });
    }

    /// <summary>The newest bot reply: no message wider than its box, no markdown left unrendered, no two buttons alike;
    /// then its screenshot.</summary>
    private void Check(string kind, string lang)
    {
        var js = (IJavaScriptExecutor)_browser.Driver;

        // Web Chat renders a reply after the text appears; give the card a moment to lay out before measuring.
        Thread.Sleep(400);
        var wide = (IReadOnlyCollection<object>)js.ExecuteScript(
            "return [...document.querySelectorAll('.webchat__basic-transcript__activity, .webchat__bubble__content, .ac-adaptiveCard')]" +
            ".filter(e => e.scrollWidth > e.clientWidth).map(e => e.className + ': ' + e.scrollWidth + ' > ' + e.clientWidth);")!;
        Assert.True(wide.Count == 0, $"{kind}: overflowing sideways: {string.Join("; ", wide)}");

        var last = LastBotActivity();
        var text = last.Text;
        var raw = RawMarkdown().Matches(text).Select(m => m.Value).ToArray();
        Assert.True(raw.Length == 0, $"{kind}: raw markdown in the rendered reply: {string.Join(" ", raw)}\n{text}");

        var labels = last.FindElements(By.CssSelector("button")).Select(b => b.Text.Trim()).Where(t => t.Length > 0).ToArray();
        Assert.True(labels.Length == labels.Distinct(StringComparer.Ordinal).Count(), $"{kind}: buttons with the same label: {string.Join(" | ", labels)}");

        // A list item is one line (or a wrapped one), never a paragraph: two lists in a row rendered as one loose list
        // once doubled the height of /progress.
        var loose = Convert.ToInt32(js.ExecuteScript("return arguments[0].querySelectorAll('li > p').length;", last), CultureInfo.InvariantCulture);
        Assert.True(loose == 0, $"{kind}: {loose} list items rendered as paragraphs (a loose list)");

        // Fits the screen: the whole reply within the transcript's height. /progress lists every item of the learner's
        // tracks as the contract writes them (34 lines for k8s-week3-part3), which no screen holds; its height is printed.
        var height = Convert.ToDouble(js.ExecuteScript("return arguments[0].getBoundingClientRect().height;", last), CultureInfo.InvariantCulture);
        var screen = Convert.ToDouble(js.ExecuteScript("return document.querySelector('.webchat__basic-transcript__scrollable').clientHeight;"), CultureInfo.InvariantCulture);
        TestContext.Current.TestOutputHelper?.WriteLine($"{kind}.{lang}: {height:0} px tall, screen {screen:0} px");
        Assert.True(kind == "progress" || height <= screen, $"{kind}: {height:0} px tall, more than the {screen:0} px the transcript shows");

        // The picture shows the whole reply: a taller one gets a taller window for the shot.
        var window = _browser.Driver.Manage().Window.Size;
        if (height > screen)
        {
            _browser.Driver.Manage().Window.Size = window with { Height = window.Height + (int)Math.Ceiling(height - screen) + 40 };
        }

        _browser.SaveScreenshot($"{kind}.{lang}", last);
        _browser.Driver.Manage().Window.Size = window;
    }

    private IWebElement LastBotActivity() => _browser.BotActivities()[^1];

    /// <summary>Two learners besides the operator, seen in the cohort's channel under their names, who did some of last
    /// week's checkpoints.</summary>
    private async Task OtherLearnersAsync(IReadOnlyList<ChecklistItem> lastWeek, CancellationToken ct)
    {
        var learners = _bot.Services.GetRequiredService<LearnerStore>();
        var completions = _bot.Services.GetRequiredService<CompletionStore>();
        foreach (var (user, name, done) in new[] { ("aad-kim", "Kim Minji", 3), ("aad-lee", "Lee Jun", 1) })
        {
            var key = new LearnerId(Channels.MsTeams, "tenant-1", user).Key;
            await learners.JoinCohortAsync(key, Cohort, name, Now.AddDays(-5), ct);
            await completions.RecordAsync(key, [.. lastWeek.Take(done).Select(i => (i.Id, i.Guide))], Cohort, null, Now.AddDays(-3), ct);
        }
    }

    // Markers a renderer should have turned into style: **bold**, `code`, [text](url), a heading's #, __bold__.
    [GeneratedRegex(@"\*\*|`|\]\(|__|^#{1,6} ", RegexOptions.Multiline)]
    private static partial Regex RawMarkdown();
}
