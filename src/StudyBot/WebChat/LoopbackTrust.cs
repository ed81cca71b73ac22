using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using StudyBot.Connector;

namespace StudyBot.WebChat;

/// <summary>The service's own base URL: the <c>serviceUrl</c> of Direct Line activities, where the bot's replies come back.</summary>
public sealed class ServiceBaseUrl(IServer server, IOptions<WebChatOptions> options)
{
    private string? _value;

    /// <summary>Absolute, with a trailing slash, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public string Value => _value ??= Resolve();

    public bool IsOwn(string? serviceUrl) =>
        serviceUrl is not null && string.Equals(serviceUrl.TrimEnd('/') + "/", Value, StringComparison.OrdinalIgnoreCase);

    private string Resolve()
    {
        if (options.Value.ServiceUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/') + "/";
        }

        // Listening addresses are known once the server started (tests listen on port 0).
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("The server has no listening address yet; set WebChat:ServiceUrl.");
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }
}

/// <summary>A per-process secret the service shows itself when it talks to itself: the Direct Line bridge posting to
/// <c>/api/messages</c>, and the bot replying to the loopback connector routes — with or without a MicrosoftAppId.
/// Never leaves the process: it is only sent to <see cref="ServiceBaseUrl"/>, and it is no Bot Framework token, so
/// the bot never asks Entra for a token to talk to itself.</summary>
public sealed class LoopbackCredential
{
    public const string AuthenticationType = "studybot-loopback";

    private readonly byte[] _secret = Encoding.ASCII.GetBytes(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));

    public string Token => Encoding.ASCII.GetString(_secret);

    public bool Matches(string? authorizationHeader) =>
        authorizationHeader is not null && authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(authorizationHeader["Bearer ".Length..].Trim()), _secret);
}

/// <summary>Inbound auth for <c>/api/messages</c>: a Direct Line activity the bridge posted (loopback secret, own
/// serviceUrl) is the service itself. Any other activity naming the service's own address as its serviceUrl is refused
/// (in anonymous mode too): the bot's replies to it would land in a Web Chat transcript. Everything else goes to the
/// Bot Framework validation.</summary>
internal sealed class LoopbackBotAuthenticator(
    IBotAuthenticator inner,
    ServiceBaseUrl baseUrl,
    LoopbackCredential credential,
    IOptions<WebChatOptions> webChat) : IBotAuthenticator
{
    public Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (webChat.Value.Enabled != true || !baseUrl.IsOwn(activity.ServiceUrl))
        {
            return inner.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
        }

        return Task.FromResult(credential.Matches(authorizationHeader) && string.Equals(activity.ChannelId, Channels.DirectLine, StringComparison.Ordinal)
            ? new ClaimsIdentity([new Claim("serviceurl", activity.ServiceUrl!)], LoopbackCredential.AuthenticationType)
            : null);
    }
}
