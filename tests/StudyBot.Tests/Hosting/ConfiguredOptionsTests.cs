using Microsoft.Extensions.Options;
using StudyBot.Reminders;
using StudyBot.Slack;

namespace StudyBot.Tests.Hosting;

/// <summary>Every options class is bound one way (<see cref="ConfiguredOptions"/>): a value that cannot work stops the
/// start with a message naming the configuration key an operator set, instead of failing at run time.</summary>
public sealed class ConfiguredOptionsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("WebChat:MaxConversations", "0")]
    [InlineData("WebChat:BotTimeout", "00:00:00")]
    [InlineData("Storage:TurnTimeout", "-00:00:01")]
    [InlineData("Storage:Retention:Schedule", "every night")]
    [InlineData("Storage:Retention:Tables:SlackEvents", "-1.00:00:00")]
    [InlineData("Slack:Workers", "0")]
    [InlineData("Slack:ApiBaseUrl", "slack.com/api/")]
    [InlineData("Reminders:MaxParallelism", "0")]
    [InlineData("Reminders:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Reminders:TimeZone", "Korea Standard Time")]
    [InlineData("Reminders:Pacing:SlackPerChannelMs", "-1")]
    [InlineData("Guides:PollInterval", "00:00:00")]
    [InlineData("Dialogs:DefaultLocale", "")]
    [InlineData("Admin:DashboardLinkLifetime", "-00:10:00")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    [InlineData("RateLimits:Ask:TokenLimit", "0")]
    [InlineData("MaxActivityBytes", "-1")]
    [InlineData("Connector:MaxRetries", "0")]
    [InlineData("Connector:AttemptTimeout", "00:00:00")]
    public async Task A_value_that_cannot_work_stops_the_start_naming_the_key(string key, string value)
    {
        var error = await StudyBotHost.StartRefusedAsync(azurite.Settings((key, value)));

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(key + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_are_bound_as_before_nested_ones_keeping_the_defaults_they_do_not_set()
    {
        await using var bot = await StudyBotHost.StartAsync(azurite.Settings(
            ("RateLimits:Ask:TokenLimit", "7"),
            ("Reminders:Pacing:TeamsPerTenantPerSecond", "0"),
            ("Slack:UserLocaleBudget", "00:00:00")));

        var limits = bot.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        Assert.Equal((7, 10, TimeSpan.FromSeconds(1)), (limits.Ask.TokenLimit, limits.Ask.TokensPerPeriod, limits.Ask.Period));
        var reminders = bot.Services.GetRequiredService<IOptions<RemindersOptions>>().Value;
        Assert.Equal((0d, 1000), (reminders.Pacing.TeamsPerTenantPerSecond, reminders.Pacing.SlackPerChannelMs));
        Assert.Equal(TimeSpan.Zero, bot.Services.GetRequiredService<IOptions<SlackOptions>>().Value.UserLocaleBudget);
    }
}
