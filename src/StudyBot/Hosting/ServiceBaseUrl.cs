using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace StudyBot.Hosting;

/// <summary>The service's own base URL, computed in one place: the <c>serviceUrl</c> of Direct Line activities (the bot's
/// replies come back there) and, with no <c>Guides:BaseUrl</c>, the base of guide links in replies.</summary>
public sealed class ServiceBaseUrl(IServer server, IConfiguration configuration)
{
    /// <summary>Configured base URL (named after the built-in Web Chat channel, which needed it first). Unset: the first
    /// address the server listens on, wildcard hosts as 127.0.0.1.</summary>
    public const string ConfigKey = "WebChat:ServiceUrl";

    private string? _value;

    /// <summary>Absolute, with a trailing slash, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public string Value => _value ??= Resolve();

    public bool IsOwn(string? serviceUrl) =>
        serviceUrl is not null && string.Equals(serviceUrl.TrimEnd('/') + "/", Value, StringComparison.OrdinalIgnoreCase);

    private string Resolve()
    {
        if (configuration[ConfigKey] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/') + "/";
        }

        // Listening addresses are known once the server started (tests listen on port 0).
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException($"The server has no listening address yet; set {ConfigKey}.");
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }
}
