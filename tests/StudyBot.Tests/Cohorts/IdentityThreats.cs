using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StudyBot.Tests.WebChat;

namespace StudyBot.Tests.Cohorts;

/// <summary>Identity threats: a decision about who is asking uses the full learner key (channel~tenant~user), so a user
/// id that is only unique within its channel and tenant — or that a Direct Line client chose itself — grants nothing.</summary>
public sealed class IdentityThreats(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AdminAad = "0f4b6c1e-0000-4000-8000-0000000ad0e1";
    private const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";
    private static readonly string AdminKey = new LearnerId(Channels.MsTeams, Tenant, AdminAad).Key;

    private BotChat _chat = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = azurite.Settings(
            ("Admin:Users:0", AdminKey),
            ("Admin:Users:1", AdminAad)); // a bare id, as Admin:Users used to hold: ignored, with a warning
        _chat = await BotChat.StartAsync(settings, configure: b => b.Logging.AddFakeLogging());
    }

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    /// <summary>Says text over /api/messages as (channel, tenant, user) in a fresh conversation and returns the reply's text.</summary>
    private Task<string> SayAsync(string text, string channelId, string? tenant, string userId, string? aadObjectId = null) =>
        _chat.SayAsync(text, userId, "conv-" + Guid.NewGuid().ToString("N")[..8], "en-US", channelId, a =>
        {
            a.Conversation!.TenantId = tenant;
            a.From!.AadObjectId = aadObjectId;
        });

    [Fact]
    public async Task Admin_impersonation_a_Direct_Line_user_claiming_the_admins_id_cannot_run_cohort()
    {
        var dl = new DirectLineClient(_chat.Client);
        await dl.ConnectAsync(userId: AdminAad, locale: "en-US");
        var id = await dl.SayAsync("/cohort create evil compute 2026-12-07", locale: "en-US");
        var (reply, seen) = await dl.WaitForAsync(a => a.Str("replyToId") == id);

        Assert.Contains("Only admins", reply.Str("text"), StringComparison.Ordinal);
        Assert.Equal("dl_" + AdminAad, seen.Single(a => a.Str("id") == id).Str("from", "id"));
    }

    [Theory]
    [InlineData(Channels.WebChat, null, AdminAad, null)]
    [InlineData(Channels.MsTeams, "another-tenant", "29:someone", AdminAad)]
    [InlineData(Channels.MsTeams, null, AdminAad, null)]
    [InlineData(Channels.Emulator, Tenant, AdminAad, null)]
    public async Task Admin_impersonation_the_admins_bare_id_on_another_channel_or_tenant_is_another_learner(string channelId, string? tenant, string userId, string? aad)
    {
        var reply = await SayAsync("/cohort create evil compute 2026-12-07", channelId, tenant, userId, aad);
        Assert.Contains("Only admins", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_impersonation_only_the_listed_learner_key_is_an_admin_and_whoami_shows_that_key()
    {
        var whoami = await SayAsync("/whoami", Channels.MsTeams, Tenant, "29:1abc", AdminAad);
        Assert.Contains(AdminKey, whoami, StringComparison.Ordinal);
        Assert.Contains("You are an admin", whoami, StringComparison.Ordinal);

        var created = await SayAsync("/cohort create c1 compute 2026-12-07", Channels.MsTeams, Tenant, "29:1abc", AdminAad);
        Assert.Contains("c1", created, StringComparison.Ordinal);
        Assert.DoesNotContain("Only admins", created, StringComparison.Ordinal);

        var other = await SayAsync("/whoami", Channels.WebChat, null, "someone");
        Assert.Contains(new LearnerId(Channels.WebChat, string.Empty, "someone").Key, other, StringComparison.Ordinal);
        Assert.Contains("not an admin", other, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_impersonation_a_bare_user_id_in_Admin_Users_is_ignored_and_reported_at_start()
    {
        var warnings = _chat.Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Level == LogLevel.Warning && r.Category == typeof(StudyBot.Hosting.AdminUsers).FullName).ToArray();
        Assert.Contains(warnings, w => w.Message.Contains(AdminAad, StringComparison.Ordinal) && w.Message.Contains("/whoami", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains(AdminKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_impersonation_Direct_Line_ids_are_always_in_the_dl_namespace_and_carried_in_the_token()
    {
        var dl = new DirectLineClient(_chat.Client);
        using var generated = await dl.GenerateAsync("29:teams-user");
        var token = (await DirectLineClient.ReadAsync(generated)).Str("token")!;

        // A JWT whose `user` claim Web Chat reads (so the page never picks the id itself).
        var payload = System.Text.Json.JsonDocument.Parse(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token.Split('.')[1])).RootElement;
        Assert.Equal("dl_29:teams-user", payload.Str("user"));
        Assert.Equal(3, token.Split('.').Length);
    }

    [Fact]
    public void Key_collision_ids_containing_the_separator_cannot_make_another_learners_key()
    {
        Assert.NotEqual(new LearnerId("msteams", "a~b", "c").Key, new LearnerId("msteams", "a", "b~c").Key);
        Assert.Equal(3, new LearnerId("msteams", "a~b", "c~d").Key.Split('~').Length);
        Assert.DoesNotContain("~", TableKeys.Escape("x~y"), StringComparison.Ordinal);
    }
}
