using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace StudyBot.Tests.WebChat.Browser;

/// <summary>Real headless Chromium (Debian's chromium + chromium-driver, installed by <c>scripts/deps.sh --browser</c>)
/// with a fresh profile, driven by Selenium. Saves a screenshot under <c>TestResults/screens/</c> when a step fails.</summary>
internal sealed class BrowserSession : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    private readonly string _profile = Directory.CreateTempSubdirectory("studybot-chromium-").FullName;

    public BrowserSession()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            throw new InvalidOperationException($"{Chromium} and {ChromeDriver} are needed: run scripts/deps.sh --browser (apt-get install chromium chromium-driver).");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1024,900", "--lang=ko-KR",
            $"--user-data-dir={_profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    public IWebElement WaitFor(By by, TimeSpan? timeout = null) =>
        new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(30)).Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed));

    /// <summary>Waits until the Web Chat transcript shows <paramref name="text"/>; returns the transcript's text.</summary>
    public string WaitForTranscript(string text, TimeSpan? timeout = null)
    {
        var wait = new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(45));
        return wait.Until(d =>
        {
            var transcript = Straight(d.FindElements(By.CssSelector(".webchat__basic-transcript")).FirstOrDefault()?.Text ?? string.Empty);
            return transcript.Contains(text, StringComparison.Ordinal) ? transcript : null;
        })!;
    }

    /// <summary>The transcript's bot activities (each a reply: its text and its cards), oldest first.</summary>
    public List<IWebElement> BotActivities() =>
        [.. Driver.FindElements(By.CssSelector(".webchat__basic-transcript__activity"))
            .Where(a => a.FindElements(By.CssSelector(".webchat__bubble--from-user")).Count == 0)];

    /// <summary>Sends <paramref name="text"/> and waits for a bot reply that arrives after it and shows
    /// <paramref name="reply"/>: unlike <see cref="Say"/>, a text already in the transcript (a command's name in the
    /// help, say) is not enough, so the newest reply is this one.</summary>
    public void SayNew(string text, string reply)
    {
        var before = BotActivities().Count;
        Send(text);
        new WebDriverWait(Driver, TimeSpan.FromSeconds(45)).Until(_ =>
            BotActivities() is var bot && bot.Count > before && bot.Skip(before).Any(a => Straight(a.Text).Contains(reply, StringComparison.Ordinal)));
    }

    /// <summary>Web Chat's markdown turns ' and " into typographic quotes; compare with the quotes a dialog text has.</summary>
    private static string Straight(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    /// <summary>Errors the page logged to the console (script errors, Content-Security-Policy violations, failed loads).</summary>
    public IReadOnlyList<string> ConsoleErrors() => ConsoleMessages(LogLevel.Severe);

    /// <summary>Console messages at <paramref name="level"/> or above since the last call (the driver hands each out once).</summary>
    public IReadOnlyList<string> ConsoleMessages(LogLevel level) =>
        [.. Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= level).Select(e => e.Message)];

    /// <summary>Opens the Web Chat page of the service at <paramref name="service"/> in <paramref name="lang"/> and waits
    /// until the transcript shows the bot's greeting.</summary>
    public void OpenChat(Uri service, string lang)
    {
        Driver.Navigate().GoToUrl(new Uri(service, "/?lang=" + lang));
        WaitForTranscript("StudyBot");
    }

    /// <summary>Types into Web Chat's send box and sends.</summary>
    public void Send(string text)
    {
        var box = WaitFor(By.CssSelector("[data-id='webchat-sendbox-input']"));
        box.SendKeys(text);
        box.SendKeys(Keys.Enter);
    }

    /// <summary>Sends <paramref name="text"/> and waits until the transcript shows <paramref name="reply"/>; returns the
    /// transcript's text.</summary>
    public string Say(string text, string reply)
    {
        Send(text);
        return WaitForTranscript(reply);
    }

    /// <summary>Where screenshots go: the test results directory (<c>TestResults/screens/</c> beside the test assembly).</summary>
    public static string ScreensDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "screens");

    /// <summary>Runs the steps; on failure saves a screenshot (and the page's text) as a test artifact, then rethrows.</summary>
    public void Run(string name, Action steps) => RunAsync(name, () =>
    {
        steps();
        return Task.CompletedTask;
    }).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception)
        {
            try
            {
                SaveScreenshot($"{name}-failed-{DateTime.UtcNow:yyyyMMddHHmmss}", null);
                TestContext.Current.AddAttachment(name + ".txt", Driver.FindElement(By.TagName("body")).Text);
            }
            catch (WebDriverException)
            {
            }

            throw;
        }
    }

    /// <summary>Saves a PNG of <paramref name="element"/> (scrolled into view), or of the window, as
    /// <c>TestResults/screens/{name}.png</c>: attached to the test, its path printed. Returns the path.</summary>
    public string SaveScreenshot(string name, IWebElement? element)
    {
        Directory.CreateDirectory(ScreensDirectory);
        var file = Path.Combine(ScreensDirectory, name + ".png");
        Screenshot shot;
        if (element is null)
        {
            shot = Driver.GetScreenshot();
        }
        else
        {
            ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'start'});", element);
            shot = ((ITakesScreenshot)element).GetScreenshot();
        }

        shot.SaveAsFile(file);
        TestContext.Current.AddAttachment(name + ".png", shot.AsByteArray, "image/png");
        TestContext.Current.SendDiagnosticMessage($"screenshot: {file}");
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {file}");
        return file;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
