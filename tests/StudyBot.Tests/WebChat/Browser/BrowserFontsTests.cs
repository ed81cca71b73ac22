using System.Diagnostics;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.WebChat.Browser;

/// <summary>Chromium picks fallback fonts through fontconfig: without a font that covers Korean, every screenshot (failure
/// screenshots included) shows boxes instead of Hangul. <c>scripts/deps.sh --browser</c>, which the test command runs
/// first, installs one.</summary>
public sealed class BrowserFontsTests
{
    [Fact]
    public async Task The_browser_machine_has_a_font_for_korean_installed_by_the_deps_script()
    {
        Assert.Contains("fonts-noto-cjk", await File.ReadAllTextAsync(RepoRoot.Combine("scripts", "deps.sh"), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var list = Process.Start(new ProcessStartInfo("fc-list", [":lang=ko", "family"]) { RedirectStandardOutput = true })!;
        var families = await list.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await list.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(families.Trim().Length > 0, "fontconfig knows no font covering Korean: run scripts/deps.sh --browser");
    }
}
