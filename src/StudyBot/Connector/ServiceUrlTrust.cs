using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Connector;

/// <summary>Which serviceUrls may receive the bot's Entra bearer token. The SDK's <c>TrustServiceUrl</c> is a no-op and
/// any stored conversation reference (an operator's subscription included) names its own serviceUrl, so the rule is
/// by host: an <c>https</c> URL on a Bot Framework channel host (<see cref="ServiceUrlTrustOptions.TrustedServiceUrlHosts"/>),
/// or loopback in Development (local Emulator, tests). The service's own Direct Line never receives an Entra token:
/// its replies carry the per-process loopback credential instead (WebChat's <c>LoopbackConnectorClient</c>).</summary>
public interface IServiceUrlTrust
{
    bool IsTrusted(string serviceUrl);
}

/// <summary><c>BotFramework</c> configuration section.</summary>
public sealed class ServiceUrlTrustOptions
{
    public const string Section = "BotFramework";

    /// <summary>Azure Bot Service and Teams channel hosts (public cloud, GCC, GCC High/DoD, US Gov, China).</summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
        "botframework.azure.us",
        "botframework.azure.cn",
    ];

    /// <summary>Host names whose https serviceUrls are trusted; each also covers its subdomains
    /// (<c>botframework.com</c> → <c>directline.botframework.com</c>). When set, the list replaces the defaults.</summary>
    public List<string> TrustedServiceUrlHosts { get; set; } = [];
}

/// <summary>The <see cref="OutboundUrlRule"/> for the bot's Entra token: the configured (or default) hosts and their
/// subdomains over https on the default port, no operator-listed exceptions, any loopback host in Development.</summary>
public sealed class ServiceUrlTrust(IOptions<ServiceUrlTrustOptions> options, IHostEnvironment environment) : IServiceUrlTrust
{
    private readonly OutboundUrlRule _rule = new()
    {
        Hosts = (options.Value.TrustedServiceUrlHosts.Count > 0 ? options.Value.TrustedServiceUrlHosts : ServiceUrlTrustOptions.DefaultHosts)
            .Select(h => h.Trim().TrimStart('.')).Where(h => h.Length > 0).ToArray(),
        HostsIncludeSubdomains = true,
        AnyLoopbackInDevelopment = true,
        Development = environment.IsDevelopment(),
    };

    public bool IsTrusted(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && _rule.Allows(uri);
}
