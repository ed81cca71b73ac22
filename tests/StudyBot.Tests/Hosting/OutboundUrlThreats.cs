using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Slack;

namespace StudyBot.Tests.Hosting;

/// <summary>Threat: a URL another party hands StudyBot (a stored serviceUrl, a Slack <c>response_url</c>) names any host,
/// and StudyBot sends it the bot's Entra token or a learner's data. Both surfaces apply <see cref="OutboundUrlRule"/>;
/// each case goes through the surface's own class, so the table checks the rule with each surface's parameters. A Unicode
/// spelling of an allowed host (<c>ſmba…</c>, <c>ｈｏｏｋｓ…</c>) is refused, not mapped onto it.</summary>
public sealed class OutboundUrlThreats
{
    /// <summary>The surface a URL is handed to.</summary>
    public enum Surface
    {
        /// <summary>A Bot Framework serviceUrl: receives the bot's Entra token (<see cref="ServiceUrlTrust.IsTrusted"/>,
        /// default hosts and their subdomains).</summary>
        BotToken,

        /// <summary>A Slack <c>response_url</c>: receives replies with learner data (<see cref="SlackResponseUrls.Allowed"/>,
        /// with <c>Slack:ResponseUrlHosts</c> = hooks.example.org, 127.0.0.1).</summary>
        SlackReply,
    }

    [Theory]
    // Bot Framework and Teams hosts, their subdomains, https on the default port.
    [InlineData(Surface.BotToken, "https://smba.trafficmanager.net/teams/", "Production", true)]
    [InlineData(Surface.BotToken, "https://smba.trafficmanager.net/amer/", "Production", true)]
    [InlineData(Surface.BotToken, "https://smba.infra.gcc.teams.microsoft.com/gcc", "Production", true)]
    [InlineData(Surface.BotToken, "https://smba.infra.gov.teams.microsoft.us/gcch", "Production", true)]
    [InlineData(Surface.BotToken, "https://directline.botframework.com/", "Production", true)]
    [InlineData(Surface.BotToken, "https://europe.webchat.botframework.com/", "Production", true)]
    [InlineData(Surface.BotToken, "https://slack.botframework.com/", "Production", true)]
    [InlineData(Surface.BotToken, "https://SMBA.TRAFFICMANAGER.NET/teams/", "Production", true)]
    [InlineData(Surface.BotToken, "https://attacker.example.org/", "Production", false)]
    [InlineData(Surface.BotToken, "https://evilbotframework.com/", "Production", false)]
    [InlineData(Surface.BotToken, "https://botframework.com.attacker.example.org/", "Production", false)]
    [InlineData(Surface.BotToken, "http://directline.botframework.com/", "Production", false)]
    [InlineData(Surface.BotToken, "https://smba.trafficmanager.net:8443/teams/", "Production", false)]
    [InlineData(Surface.BotToken, "https://user@smba.trafficmanager.net/teams/", "Production", false)]
    [InlineData(Surface.BotToken, "https://ſmba.trafficmanager.net/teams/", "Production", false)]
    // Any loopback host, http or https, in Development only.
    [InlineData(Surface.BotToken, "http://127.0.0.1:5080/", "Production", false)]
    [InlineData(Surface.BotToken, "http://localhost:3978/", "Production", false)]
    [InlineData(Surface.BotToken, "http://127.0.0.1:5080/", "Development", true)]
    [InlineData(Surface.BotToken, "https://localhost:3978/", "Development", true)]
    [InlineData(Surface.BotToken, "not a url", "Development", false)]
    // Slack's hook host exactly (no subdomains), https on the default port.
    [InlineData(Surface.SlackReply, "https://hooks.slack.com/commands/T1/2/x", "Production", true)]
    [InlineData(Surface.SlackReply, "https://HOOKS.SLACK.COM/actions/T1/2/x", "Production", true)]
    [InlineData(Surface.SlackReply, "https://hooks.slack.com:8443/commands/T1/2/x", "Production", false)]
    [InlineData(Surface.SlackReply, "http://hooks.slack.com/commands/T1/2/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://user:pw@hooks.slack.com/commands/T1/2/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://hooks.slack.com.attacker.example/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://eu.hooks.slack.com/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://ｈｏｏｋｓ.slack.com/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://attacker.example/x", "Development", false)]
    [InlineData(Surface.SlackReply, "ftp://hooks.slack.com/x", "Production", false)]
    [InlineData(Surface.SlackReply, "/relative/path", "Development", false)]
    // Listed hosts: exactly, https on any port; http only for a listed loopback host in Development.
    [InlineData(Surface.SlackReply, "https://hooks.example.org/x", "Production", true)]
    [InlineData(Surface.SlackReply, "https://hooks.example.org:8443/x", "Production", true)]
    [InlineData(Surface.SlackReply, "http://hooks.example.org/x", "Development", false)]
    [InlineData(Surface.SlackReply, "http://127.0.0.1:9/x", "Development", true)]
    [InlineData(Surface.SlackReply, "http://127.0.0.1:9/x", "Production", false)]
    [InlineData(Surface.SlackReply, "https://127.0.0.1:9/x", "Production", true)]
    [InlineData(Surface.SlackReply, "http://localhost:3978/x", "Development", false)] // loopback, but not listed
    public void Exfiltration_a_credential_or_learner_data_goes_only_to_an_allowed_https_host_or_to_loopback_in_development(Surface surface, string url, string environment, bool allowed)
    {
        var hosting = new HostingEnvironment { EnvironmentName = environment };
        var actual = surface switch
        {
            Surface.BotToken => new ServiceUrlTrust(Options.Create(new ServiceUrlTrustOptions()), hosting).IsTrusted(url),
            Surface.SlackReply => new SlackResponseUrls(Options.Create(new SlackOptions { ResponseUrlHosts = ["hooks.example.org", "127.0.0.1"] }), hosting, NullLogger<SlackResponseUrls>.Instance).Allowed(url) is not null,
            _ => throw new ArgumentOutOfRangeException(nameof(surface)),
        };
        Assert.Equal(allowed, actual);
    }
}
