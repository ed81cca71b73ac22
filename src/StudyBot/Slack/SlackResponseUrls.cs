using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary>Where a <c>response_url</c> may point. It arrives inside a signed request, but signing proves only who sent
/// the request, not that the URL is Slack's: StudyBot posts replies (learner progress, answers) only to
/// <c>https://hooks.slack.com/</c> and the hosts in <c>Slack:ResponseUrlHosts</c>; plain http only for a listed
/// loopback host in Development (how tests point it at their loopback fake).</summary>
public sealed class SlackResponseUrls(IOptions<SlackOptions> options, IHostEnvironment environment, ILogger<SlackResponseUrls> logger)
{
    public const string SlackHookHost = "hooks.slack.com";

    /// <summary>The <see cref="OutboundUrlRule"/> for learner data: Slack's hook host exactly, the operator's listed hosts,
    /// loopback only when listed.</summary>
    private readonly OutboundUrlRule _rule = new()
    {
        Hosts = [SlackHookHost],
        ListedHosts = options.Value.ResponseUrlHosts,
        Development = environment.IsDevelopment(),
    };

    /// <summary>The URL when StudyBot may post to it, else null (logged: a refused URL means a misconfiguration or a forgery).</summary>
    public Uri? Allowed(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && _rule.Allows(uri))
        {
            return uri;
        }

        logger.LogWarning("Ignored a Slack response_url to {Host}: not {SlackHookHost} or a host in Slack:ResponseUrlHosts", uri?.Host ?? "(not a URL)", SlackHookHost);
        return null;
    }
}
