using System.Net;

namespace StudyBot.Hosting;

/// <summary>The one rule for a URL that another party hands StudyBot and that StudyBot then sends a credential or learner
/// data to (a Bot Framework serviceUrl gets the bot's Entra token, a Slack <c>response_url</c> gets learner progress and
/// answers): only to an allow-listed host over https, never with user info in the URL, loopback only in Development.
/// Host names compare case-insensitively with the host as the URL writes it, so a Unicode spelling that IDNA would turn
/// into an allowed name is refused rather than trusted. What differs between the surfaces is a named parameter:
/// <see cref="HostsIncludeSubdomains"/>, <see cref="ListedHosts"/>, <see cref="AnyLoopbackInDevelopment"/>.</summary>
public sealed class OutboundUrlRule
{
    /// <summary>The service's own hosts (Bot Framework channels, <c>hooks.slack.com</c>): https on the default port only.</summary>
    public required IReadOnlyCollection<string> Hosts { get; init; }

    /// <summary>True when a subdomain of one of <see cref="Hosts"/> counts too (<c>botframework.com</c> →
    /// <c>europe.webchat.botframework.com</c>).</summary>
    public bool HostsIncludeSubdomains { get; init; }

    /// <summary>Hosts an operator names exactly (no subdomains): https on any port; plain http only when the host is
    /// loopback and the environment is Development (how tests point a surface at their loopback fake).</summary>
    public IReadOnlyCollection<string> ListedHosts { get; init; } = [];

    /// <summary>True when, in Development, any loopback host is allowed over http or https without being listed (local
    /// Emulator, tests); false when only a loopback host in <see cref="ListedHosts"/> is. Outside Development a loopback
    /// host is allowed only as a listed host over https.</summary>
    public bool AnyLoopbackInDevelopment { get; init; }

    public required bool Development { get; init; }

    public bool Allows(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        var https = uri.Scheme == Uri.UriSchemeHttps;
        if (ListedHosts.Any(h => string.Equals(h, uri.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return https || (uri.Scheme == Uri.UriSchemeHttp && Development && IsLoopback(uri));
        }

        if (IsLoopback(uri))
        {
            return AnyLoopbackInDevelopment && Development && uri.Scheme is "http" or "https";
        }

        return https && uri.IsDefaultPort && Hosts.Any(IsOrHasSubdomain);

        bool IsOrHasSubdomain(string host) =>
            string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
            || (HostsIncludeSubdomains && uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What <see cref="Uri.IsLoopback"/> says, or a loopback IP literal.</summary>
    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
