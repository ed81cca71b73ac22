using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StudyBot.Slack;

namespace StudyBot.Tests.Slack;

/// <summary>OAuth v2 installs to many workspaces, over real HTTP: the admin's browser (cookies, no redirects followed)
/// goes through <c>/api/slack/install</c> and the callback, the loopback fake Slack API answers <c>oauth.v2.access</c>,
/// and every Web API call afterwards carries the token of the workspace it acts for.</summary>
public sealed class SlackInstallTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ClientId = "1234567890.0987654321";
    private const string ClientSecret = "client-secret-7f3a9b";
    private const string AdminKey = "install-test-admin";
    private static readonly string EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly Dictionary<string, string?> _settings = azurite.Settings();
    private SlackTestHost _slack = null!;

    /// <summary>Tokens the fake Slack hands out per install code (each install gets a fresh token, as Slack does).</summary>
    private static readonly Dictionary<string, (string Team, string Name, string Token)> Codes = new()
    {
        ["code-one"] = ("TW1", "Cohort One", "xoxb-111-aaaaone"),
        ["code-two"] = ("TW2", "Cohort Two", "xoxb-222-bbbbtwo"),
        ["code-one-again"] = ("TW1", "Cohort One", "xoxb-111-ccccagain"),
        ["code-grid"] = ("TW3", "Grid Cohort", "xoxb-333-ddddgrid"), // a workspace of Enterprise Grid organization E1
        ["code-org"] = (OrgWide, "Grid Org Nine", "xoxb-999-eeeeorg"), // an org-wide install of organization E9
        ["code-org-again"] = (OrgWide, "Grid Org Nine", "xoxb-999-ffffagain"),
    };

    /// <summary>Marks an org-wide install in <see cref="Codes"/>: Slack answers with the enterprise and no team.</summary>
    private const string OrgWide = "(org-wide E9)";

    /// <summary>The workspaces of organization E9 that have the app (what <c>auth.teams.list</c> answers its token).</summary>
    private static readonly string[] E9Workspaces = ["TW4", "TW5"];

    public async ValueTask InitializeAsync()
    {
        _settings["Slack:BotToken"] = string.Empty; // no one-workspace shortcut: every token comes from an install
        _settings["Slack:ClientId"] = ClientId;
        _settings["Slack:ClientSecret"] = ClientSecret;
        _settings["Slack:TokenEncryptionKey"] = EncryptionKey;
        _settings["Admin:ApiKey"] = AdminKey;
        _settings["Reminders:Scheduler"] = "false";
        _settings["Reminders:Pacing:SlackPerChannelMs"] = "0";
        _slack = await StartHostAsync(_settings);
    }

    /// <summary>A service with Slack OAuth configured, and the fake Slack's <c>oauth.v2.access</c> answering <see cref="Codes"/>.</summary>
    private static async Task<SlackTestHost> StartHostAsync(Dictionary<string, string?> settings)
    {
        var slack = await SlackTestHost.StartAsync(settings, b =>
        {
            b.Logging.AddFakeLogging();
            b.Logging.AddFilter<FakeLoggerProvider>(null, LogLevel.Trace); // every level, HttpClient's request lines included
        });
        slack.Api.On("/api/oauth.v2.access", r =>
        {
            var form = QueryHelpers.ParseQuery(r.Body);
            if (!Codes.TryGetValue(form["code"].ToString(), out var install))
            {
                return ScriptedResponse.Json(new { ok = false, error = "invalid_code" });
            }

            var orgWide = install.Team == OrgWide;
            return ScriptedResponse.Json(new
            {
                ok = true,
                access_token = install.Token,
                token_type = "bot",
                scope = string.Join(',', SlackScopes.Bot),
                bot_user_id = "UBOT" + (orgWide ? "E9" : install.Team),
                app_id = "A0STUDYBOT",
                team = orgWide ? null : new { id = install.Team, name = install.Name },
                enterprise = orgWide ? new { id = "E9", name = install.Name } : install.Team == "TW3" ? new { id = "E1", name = "Grid Org" } : null,
                is_enterprise_install = orgWide,
                authed_user = new { id = "UADMIN" },
            });
        });
        slack.Api.On("/api/auth.teams.list", r => r.Header("Authorization")?.StartsWith("Bearer xoxb-999-", StringComparison.Ordinal) == true
            ? ScriptedResponse.Json(new { ok = true, teams = E9Workspaces.Select(t => new { id = t, name = "Workspace " + t }), response_metadata = new { next_cursor = string.Empty } })
            : ScriptedResponse.Json(new { ok = false, error = "not_allowed_token_type" }));
        return slack;
    }

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Install_DM_question_uninstall_and_reinstall_over_real_HTTP()
    {
        await AdminAsync(HttpMethod.Put, "api/admin/cohorts/oauth-w3", new { track = "k8s-week3-part3", startDate = "2026-12-07" });
        await AdminAsync(HttpMethod.Post, "api/admin/cohorts/oauth-w3/subscriptions", new { slackTeam = "TW1", slackChannel = "CW1STUDY" });

        // Install in two workspaces.
        Assert.Contains("Cohort One", await InstallAsync("code-one"), StringComparison.Ordinal);
        Assert.Contains("Cohort Two", await InstallAsync("code-two"), StringComparison.Ordinal);
        var exchange = _slack.Api.Requests.First(r => r.Path == "/api/oauth.v2.access");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(ClientId)}:{ClientSecret}")), exchange.Header("Authorization"));
        Assert.EndsWith("/api/slack/oauth/callback", QueryHelpers.ParseQuery(exchange.Body)["redirect_uri"].ToString(), StringComparison.Ordinal);

        // A DM question in each workspace is answered with that workspace's token.
        await AskInDmAsync("TW1", "DW1", "HPA 계산 공식");
        await AskInDmAsync("TW2", "DW2", "/help");
        Assert.Equal("Bearer xoxb-111-aaaaone", (await PostedToAsync("DW1")).Header("Authorization"));
        Assert.Equal("Bearer xoxb-222-bbbbtwo", (await PostedToAsync("DW2")).Header("Authorization"));

        // Uninstall from the first: its token is gone, its reminders pause, the other workspace goes on.
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope("TW1", new { type = "app_uninstalled" })));
        Assert.Equal(200, status);
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW1"), Ct));
        var subscription = await SubscriptionAsync("CW1STUDY");
        Assert.True(subscription.GetProperty("paused").GetBoolean());
        Assert.Equal(SlackWorkspaceLifecycle.UninstalledReason, subscription.GetProperty("pausedReason").GetString());
        var run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=oauth-w3&date=2026-12-07&slot=morning");
        Assert.Equal(0, run.GetProperty("sent").GetInt32());
        Assert.Equal("paused", run.GetProperty("channels")[0].GetProperty("outcome").GetString());

        _slack.Api.Clear();
        await AskInDmAsync("TW1", "DW1", "/help");
        await AskInDmAsync("TW2", "DW2", "/help");
        await PostedToAsync("DW2");
        Assert.DoesNotContain(_slack.Api.Requests, r => r.Header("Authorization")?.Contains("xoxb-111", StringComparison.Ordinal) == true);

        // Reinstall: a new token, the reminders resume, questions are answered again.
        await InstallAsync("code-one-again");
        Assert.False((await SubscriptionAsync("CW1STUDY")).GetProperty("paused").GetBoolean());
        await AskInDmAsync("TW1", "DW1", "/help");
        Assert.Equal("Bearer xoxb-111-ccccagain", (await PostedToAsync("DW1")).Header("Authorization"));
        run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=oauth-w3&date=2026-12-08&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Equal("Bearer xoxb-111-ccccagain", (await PostedToAsync("CW1STUDY")).Header("Authorization"));

        // Never in clear: not in any column of the table, not in any log line of any level.
        var table = new TableClient(_settings["ConnectionStrings:Tables"], _settings["Storage:TablePrefix"] + SlackInstallations.TableName);
        var rows = await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct);
        Assert.Equal(2, rows.Count);
        foreach (var value in rows.SelectMany(r => ((IDictionary<string, object>)r).Values).Select(v => v?.ToString() ?? string.Empty))
        {
            Assert.DoesNotContain("xoxb-", value, StringComparison.Ordinal);
        }

        var logged = _slack.Bot.Services.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logged);
        foreach (var record in logged)
        {
            var text = record.Message + " " + string.Join(' ', record.StructuredState?.Select(kv => kv.Value) ?? []) + " " + record.Exception;
            foreach (var secret in Codes.Values.Select(c => c.Token).Append(ClientSecret).Append(EncryptionKey))
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_forged_expired_or_foreign_state_is_refused_and_nothing_is_stored()
    {
        using var browser = Browser();
        var state = await StartInstallAsync(browser);

        // Another browser (no cookie), a state with a changed signature, and a state past its lifetime.
        using var other = Browser();
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(other, "code-one", state)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(browser, "code-one", state[..^2] + "xx")).Status);
        var parts = state.Split('.');
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(browser, "code-one", $"{long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - 3600}.{parts[1]}.{parts[2]}")).Status);

        Assert.DoesNotContain(_slack.Api.Requests, r => r.Path == "/api/oauth.v2.access");
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW1"), Ct));

        // The admin cancelling on Slack's page: nothing stored, a plain page.
        var (status, page) = await CallbackAsync(browser, null, state, error: "access_denied");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("cancel", page, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW1"), Ct));
    }

    [Fact]
    public async Task The_install_asks_for_exactly_the_scopes_the_code_uses()
    {
        using var browser = Browser();
        using var response = await browser.GetAsync("api/slack/install", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "im:history", "users:read"], query["scope"].ToString().Split(',').Order());
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rotated_key_still_opens_old_tokens_and_stores_them_again_under_the_new_key()
    {
        await InstallAsync("code-two");
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var rotated = new Dictionary<string, string?>(_settings)
        {
            ["Slack:TokenEncryptionKey"] = newKey,
            ["Slack:PreviousTokenEncryptionKeys:0"] = EncryptionKey,
        };
        await using var after = await SlackTestHost.StartAsync(rotated);
        var table = new TableClient(_settings["ConnectionStrings:Tables"], _settings["Storage:TablePrefix"] + SlackInstallations.TableName);
        var before = (await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct)).Single().GetString("EncryptedToken");

        var found = await after.Bot.Services.GetRequiredService<SlackInstallations>().FindAsync(new SlackWorkspace("TW2"), Ct);

        Assert.Equal("xoxb-222-bbbbtwo", found!.Token);
        Assert.DoesNotContain("xoxb", found.ToString(), StringComparison.Ordinal);
        var resealed = (await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct)).Single().GetString("EncryptedToken");
        Assert.NotEqual(before, resealed);
        Assert.Equal(after.Bot.Services.GetRequiredService<SlackTokenCipher>().CurrentKeyId, resealed.Split('.')[1]);

        // Without either key the token is not opened (and not guessed): the workspace must be installed again.
        await using var lost = await SlackTestHost.StartAsync(new Dictionary<string, string?>(_settings) { ["Slack:TokenEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        Assert.Null(await lost.Bot.Services.GetRequiredService<SlackInstallations>().FindAsync(new SlackWorkspace("TW2"), Ct));
    }

    [Fact]
    public async Task An_Enterprise_Grid_workspace_is_served_with_or_without_its_enterprise_id_and_uninstalled_with_it()
    {
        await InstallAsync("code-grid");
        Assert.Equal("xoxb-333-ddddgrid", (await Installations.FindAsync(new SlackWorkspace("TW3", "E1"), Ct))?.Token);
        Assert.Equal("xoxb-333-ddddgrid", (await Installations.FindAsync(new SlackWorkspace("TW3"), Ct))?.Token);

        // Events name the enterprise; slash commands (users.info for the locale) name the team only.
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope("TW3", new { type = "message", channel_type = "im", user = "UG1", text = "/help", ts = "1700000002.000300", channel = "DW3" }, enterprise: "E1")));
        Assert.Equal(200, status);
        Assert.Equal("Bearer xoxb-333-ddddgrid", (await PostedToAsync("DW3")).Header("Authorization"));
        (status, _) = await _slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand("/study", "help", _slack.ResponseUrl, userId: "UG2", teamId: "TW3")));
        Assert.Equal(200, status);
        Assert.Equal("Bearer xoxb-333-ddddgrid", _slack.Api.Requests.Single(r => r.Path == "/api/users.info" && r.Body.Contains("UG2", StringComparison.Ordinal)).Header("Authorization"));

        (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope("TW3", new { type = "app_uninstalled" }, enterprise: "E1")));
        Assert.Equal(200, status);
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW3"), Ct));
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW3", "E1"), Ct));
    }

    [Fact]
    public async Task An_org_wide_Enterprise_Grid_install_serves_commands_DMs_and_reminders_in_its_workspaces_until_uninstalled()
    {
        await AdminAsync(HttpMethod.Put, "api/admin/cohorts/oauth-w3", new { track = "k8s-week3-part3", startDate = "2026-12-07" });
        await AdminAsync(HttpMethod.Post, "api/admin/cohorts/oauth-w3/subscriptions", new { slackTeam = "TW4", slackChannel = "CW4STUDY" });
        Assert.Contains("Grid Org Nine", await InstallAsync("code-org"), StringComparison.Ordinal);

        // Reminder subscriptions and slash commands name the workspace only: the organization's install serves them.
        var run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=oauth-w3&date=2026-12-07&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Equal("Bearer xoxb-999-eeeeorg", (await PostedToAsync("CW4STUDY")).Header("Authorization"));
        var (status, _) = await _slack.SendAsync(SlackRequests.Command(SlackRequests.SlashCommand("/study", "help", _slack.ResponseUrl, userId: "UG5", teamId: "TW5")));
        Assert.Equal(200, status);
        Assert.Equal("Bearer xoxb-999-eeeeorg", (await _slack.Api.WaitForAsync(r => r.Path == "/api/users.info" && r.Body.Contains("UG5", StringComparison.Ordinal))).Single().Header("Authorization"));

        // Events name the enterprise: a DM question in either workspace is answered with the same token.
        await AskInDmAsync("TW5", "DW5", "/help", enterprise: "E9");
        Assert.Equal("Bearer xoxb-999-eeeeorg", (await PostedToAsync("DW5")).Header("Authorization"));

        // A workspace outside the organization's list is not served by it.
        Assert.Null(await _slack.Bot.Services.GetRequiredService<SlackApiClient>().InstallationAsync(new SlackWorkspace("TW6"), Ct));

        // The organization uninstalls the app: the token goes, the workspace's reminders pause.
        (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope(null, new { type = "app_uninstalled" }, enterprise: "E9", orgWide: true)));
        Assert.Equal(200, status);
        Assert.Empty(await Installations.OrgWideAsync(Ct));
        Assert.Null(await _slack.Bot.Services.GetRequiredService<SlackApiClient>().InstallationAsync(new SlackWorkspace("TW4"), Ct));
        Assert.Equal(SlackWorkspaceLifecycle.UninstalledReason, (await SubscriptionAsync("CW4STUDY")).GetProperty("pausedReason").GetString());
        run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=oauth-w3&date=2026-12-08&slot=morning");
        Assert.Equal(0, run.GetProperty("sent").GetInt32());

        // Installed again: the new token serves the workspace and its reminders resume.
        _slack.Api.Clear();
        await InstallAsync("code-org-again");
        Assert.False((await SubscriptionAsync("CW4STUDY")).GetProperty("paused").GetBoolean());
        run = await AdminAsync(HttpMethod.Post, "api/admin/reminders/run?cohort=oauth-w3&date=2026-12-09&slot=morning");
        Assert.Equal(1, run.GetProperty("sent").GetInt32());
        Assert.Equal("Bearer xoxb-999-ffffagain", (await PostedToAsync("CW4STUDY")).Header("Authorization"));

        // Stored encrypted, under the organization's key.
        var table = new TableClient(_settings["ConnectionStrings:Tables"], _settings["Storage:TablePrefix"] + SlackInstallations.TableName);
        var row = Assert.Single(await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct));
        Assert.Equal("org~E9", row.PartitionKey);
        Assert.DoesNotContain("xoxb-", string.Join(' ', ((IDictionary<string, object>)row).Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_revoked_for_the_bot_deletes_the_token_and_pauses_a_user_token_revocation_changes_nothing()
    {
        await AdminAsync(HttpMethod.Put, "api/admin/cohorts/oauth-w3", new { track = "k8s-week3-part3", startDate = "2026-12-07" });
        await AdminAsync(HttpMethod.Post, "api/admin/cohorts/oauth-w3/subscriptions", new { slackTeam = "TW2", slackChannel = "CW2STUDY" });
        await InstallAsync("code-two");

        // Only user tokens revoked (StudyBot holds none): the bot's install stays.
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope("TW2", new { type = "tokens_revoked", tokens = new { oauth = new[] { "UADMIN" } } })));
        Assert.Equal(200, status);
        Assert.NotNull(await Installations.FindAsync(new SlackWorkspace("TW2"), Ct));
        Assert.False((await SubscriptionAsync("CW2STUDY")).GetProperty("paused").GetBoolean());

        // The bot's token revoked: as an uninstall.
        (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope("TW2", new { type = "tokens_revoked", tokens = new { bot = new[] { "UBOTTW2" } } })));
        Assert.Equal(200, status);
        Assert.Null(await Installations.FindAsync(new SlackWorkspace("TW2"), Ct));
        Assert.Equal(SlackWorkspaceLifecycle.UninstalledReason, (await SubscriptionAsync("CW2STUDY")).GetProperty("pausedReason").GetString());

        await InstallAsync("code-two");
        Assert.False((await SubscriptionAsync("CW2STUDY")).GetProperty("paused").GetBoolean());
    }

    private SlackInstallations Installations => _slack.Bot.Services.GetRequiredService<SlackInstallations>();

    [Fact]
    public async Task Storage_outage_an_install_while_storage_is_down_is_503_with_retry_after_stores_nothing_and_succeeds_when_it_returns()
    {
        await using var storage = await OutageStorage.StartAsync();
        var settings = new Dictionary<string, string?>(_settings).With(storage.Settings().Select(kv => (kv.Key, kv.Value)));
        await using var slack = await StartHostAsync(settings);
        using var browser = Browser(slack);
        var state = await StartInstallAsync(browser); // the signed state needs no storage

        await storage.GoAwayAsync();
        using (var callback = await browser.GetAsync(QueryHelpers.AddQueryString("api/slack/oauth/callback", new Dictionary<string, string?> { ["state"] = state, ["code"] = "code-one" }), Ct))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, callback.StatusCode);
            Assert.NotNull(callback.Headers.RetryAfter?.Delta);
            Assert.Contains("nothing was stored", await callback.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        await storage.ComeBackAsync();
        Assert.Null(await slack.Bot.Services.GetRequiredService<SlackInstallations>().FindAsync(new SlackWorkspace("TW1"), Ct));
        using var again = Browser(slack);
        var (status, page) = await CallbackAsync(again, "code-one", await StartInstallAsync(again));
        Assert.True(status == HttpStatusCode.OK, page);
        Assert.NotNull(await slack.Bot.Services.GetRequiredService<SlackInstallations>().FindAsync(new SlackWorkspace("TW1"), Ct));
    }

    private HttpClient Browser(SlackTestHost? host = null)
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = (host ?? _slack).Bot.BaseAddress };
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return browser;
    }

    private async Task<string> StartInstallAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("api/slack/install", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    private async Task<(HttpStatusCode Status, string Page)> CallbackAsync(HttpClient browser, string? code, string state, string? error = null)
    {
        var query = new Dictionary<string, string?> { ["state"] = state };
        if (code is not null)
        {
            query["code"] = code;
        }

        if (error is not null)
        {
            query["error"] = error;
        }

        using var response = await browser.GetAsync(QueryHelpers.AddQueryString("api/slack/oauth/callback", query), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The whole browser round trip; returns the page the admin sees at the end.</summary>
    private async Task<string> InstallAsync(string code)
    {
        using var browser = Browser();
        var (status, page) = await CallbackAsync(browser, code, await StartInstallAsync(browser));
        Assert.True(status == HttpStatusCode.OK, page);
        return page;
    }

    private async Task AskInDmAsync(string team, string channel, string text, string? enterprise = null)
    {
        var ev = new { type = "message", channel_type = "im", user = "U" + team, text, ts = "1700000002.000300", channel };
        var (status, _) = await _slack.SendAsync(SlackRequests.Event(Envelope(team, ev, enterprise)));
        Assert.Equal(200, status);
    }

    private async Task<RecordedRequest> PostedToAsync(string channel) =>
        (await _slack.Api.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Json.GetProperty("channel").GetString() == channel)).Last();

    private static string Envelope(string? team, object ev, string? enterprise = null, bool orgWide = false) => JsonSerializer.Serialize(new
    {
        team_id = team,
        enterprise_id = enterprise,
        is_enterprise_install = orgWide,
        authorizations = orgWide ? new[] { new { enterprise_id = enterprise, user_id = "UBOTE9", is_bot = true, is_enterprise_install = true } } : null,
        api_app_id = "A0STUDYBOT",
        @event = ev,
        type = "event_callback",
        event_id = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    });

    private async Task<JsonElement> SubscriptionAsync(string channel) =>
        (await AdminAsync(HttpMethod.Get, "api/admin/cohorts/oauth-w3")).GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("slackChannel").GetString() == channel);

    private async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var response = await _slack.Client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
