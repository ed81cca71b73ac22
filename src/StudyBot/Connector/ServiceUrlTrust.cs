using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace StudyBot.Connector;

/// <summary>Which serviceUrls may receive the bot's outbound token. The SDK's <c>TrustServiceUrl</c> is a no-op;
/// here a serviceUrl is trusted when an authenticated activity carried it (its token's <c>serviceurl</c> claim
/// vouches for it), when it is configured, or when a stored conversation reference (saved from such an activity or
/// by an operator) is used for a proactive send.</summary>
public interface IServiceUrlTrust
{
    bool IsTrusted(string serviceUrl);

    void Trust(string serviceUrl);
}

public sealed class ServiceUrlTrust : IServiceUrlTrust
{
    // Teams' public fallbacks (protocols §2) are channel endpoints a bot may be told to use before any activity.
    private static readonly string[] KnownChannelServiceUrls =
    [
        "https://smba.trafficmanager.net/teams/",
        "https://smba.infra.gcc.teams.microsoft.com/gcc",
        "https://smba.infra.gov.teams.microsoft.us/gcch",
    ];

    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public ServiceUrlTrust(IOptions<BotFrameworkOptions> options)
    {
        foreach (var url in KnownChannelServiceUrls.Concat(options.Value.TrustedServiceUrls))
        {
            Trust(url);
        }
    }

    public bool IsTrusted(string serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    public void Trust(string serviceUrl)
    {
        if (!string.IsNullOrWhiteSpace(serviceUrl))
        {
            _trusted.TryAdd(Normalize(serviceUrl), 0);
        }
    }

    // "https://x/teams" and "https://X/teams/" are the same endpoint.
    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
