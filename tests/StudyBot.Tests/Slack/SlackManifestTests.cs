using System.Diagnostics;
using System.Reflection;
using NJsonSchema;
using StudyBot.Slack;
using StudyBot.Tests.Deploy;

namespace StudyBot.Tests.Slack;

/// <summary>The Slack app manifest written by <c>slack/build-manifest.sh</c> from <c>slack/manifest.template.json</c>,
/// validated against the manifest schema kept in <c>slack/schema/</c>, plus what a schema cannot say: least privilege
/// (exactly the scopes the install asks for, <see cref="SlackScopes.Bot"/>), the public URL everywhere, the configurable
/// command and optional short forms that are all registered commands.</summary>
public sealed class SlackManifestTests
{
    private const string PublicUrl = "https://studybot.example.org";

    private static readonly string[] Script = ["slack", "build-manifest.sh"];

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(RepoRoot.Combine("slack", "schema", "slack-app-manifest.schema.json")));

    [Fact]
    public async Task The_manifest_is_valid_and_asks_only_for_the_scopes_the_code_uses()
    {
        var manifest = await BuildAsync(("PUBLIC_URL", PublicUrl + "/"));

        Assert.Empty(SchemaErrors.Of(await Schema.Value, manifest.GetRawText()));
        var scopes = manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()!).ToArray();
        Assert.Equal(SlackScopes.Bot.Order(), scopes.Order());
        Assert.DoesNotContain("im:read", scopes);
        Assert.DoesNotContain("im:write", scopes);
        Assert.False(manifest.GetProperty("oauth_config").TryGetProperty("scopes", out var s) && s.TryGetProperty("user", out _), "no user scopes: StudyBot never acts as a user");

        Assert.Equal([PublicUrl + "/api/slack/oauth/callback"], manifest.GetProperty("oauth_config").GetProperty("redirect_urls").EnumerateArray().Select(u => u.GetString()));
        var settings = manifest.GetProperty("settings");
        Assert.Equal(PublicUrl + "/api/slack/events", settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString());
        Assert.Equal(PublicUrl + "/api/slack/interactions", settings.GetProperty("interactivity").GetProperty("request_url").GetString());
        Assert.Equal(["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"], settings.GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.True(manifest.GetProperty("features").GetProperty("app_home").GetProperty("home_tab_enabled").GetBoolean());

        var command = Assert.Single(manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray());
        Assert.Equal("/study", command.GetProperty("command").GetString());
        Assert.Equal(PublicUrl + "/api/slack/commands", command.GetProperty("url").GetString());
        Assert.Contains("/study done k8s-operator", manifest.GetProperty("display_information").GetProperty("long_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prefix_and_the_short_forms_are_filled_in_and_each_short_form_is_a_registered_command()
    {
        var manifest = await BuildAsync(("PUBLIC_URL", PublicUrl), ("COMMAND_PREFIX", "learn"), ("SHORT_COMMANDS", "1"));

        Assert.Empty(SchemaErrors.Of(await Schema.Value, manifest.GetRawText()));
        var commands = manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()!.TrimStart('/')).ToList();
        Assert.Equal("learn", commands[0]);
        var registered = typeof(CommandRouter).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<CommandAttribute>())
            .Where(a => a is { Hidden: false })
            .Select(a => a!.Name)
            .ToHashSet();
        Assert.True(commands.Count > 3, "the short forms were added");
        Assert.All(commands.Skip(1), c => Assert.Contains(c, registered));
        Assert.Equal(commands.Count, commands.Distinct().Count());
    }

    [Fact]
    public async Task The_kept_schema_refuses_what_Slack_would_refuse()
    {
        var valid = (await BuildAsync(("PUBLIC_URL", PublicUrl))).GetRawText();
        Assert.Empty(SchemaErrors.Of(await Schema.Value, valid));

        foreach (var (broken, property) in new[]
                 {
                     (valid.Replace("\"name\": \"StudyBot\"", "\"name\": \"" + new string('S', 36) + "\"", StringComparison.Ordinal), "name"),
                     (valid.Replace("\"command\": \"/study\"", "\"command\": \"study\"", StringComparison.Ordinal), "command"),
                     (valid.Replace("\"url\": \"https://", "\"url\": \"http://", StringComparison.Ordinal), "url"),
                     (valid.Replace("\"home_tab_enabled\": true", "\"home_tab_enabled\": true, \"home_tab\": 1", StringComparison.Ordinal), "home_tab"),
                     (valid.Replace("\"background_color\": \"#1d3557\"", "\"background_color\": \"navy\"", StringComparison.Ordinal), "background_color"),
                 })
        {
            Assert.NotEqual(valid, broken);
            Assert.Contains(SchemaErrors.Of(await Schema.Value, broken), e => e.Contains(property, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("http://studybot.example.org", "study")]
    [InlineData("", "study")]
    [InlineData(PublicUrl, "Study Bot")]
    [InlineData(PublicUrl, "a-prefix-that-is-far-too-long-for-slack")]
    public Task The_build_refuses_a_bad_url_or_prefix(string url, string prefix) =>
        RepoScript.AssertRefusesAsync(Script, "slack-manifest.json", ("PUBLIC_URL", url), ("COMMAND_PREFIX", prefix));

    private static async Task<JsonElement> BuildAsync(params (string Name, string Value)[] env)
    {
        var artifacts = Directory.CreateTempSubdirectory("studybot-slack-").FullName;
        try
        {
            var (exitCode, output, error) = await RunAsync(artifacts, env);
            Assert.True(exitCode == 0, $"build-manifest.sh failed ({exitCode}): {error}");
            Assert.Equal(Path.Combine(artifacts, "slack-manifest.json"), output.Trim());
            return JsonDocument.Parse(await File.ReadAllTextAsync(output.Trim(), TestContext.Current.CancellationToken)).RootElement.Clone();
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string artifacts, params (string Name, string Value)[] env) =>
        RepoScript.RunAsync(Script, artifacts, env);
}
