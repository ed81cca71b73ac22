using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

/// <summary>A per-process secret the service shows itself when it talks to itself: the Direct Line bridge posting to
/// <c>/api/messages</c>, and the bot replying to the loopback connector routes — with or without a MicrosoftAppId.
/// Never leaves the process: it is only sent to <see cref="ServiceBaseUrl"/>, and it is no Bot Framework token, so
/// the bot never asks Entra for a token to talk to itself.</summary>
public sealed class LoopbackCredential
{
    public const string AuthenticationType = "studybot-loopback";

    public string Token { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public bool Matches(string? authorizationHeader) =>
        authorizationHeader is not null && authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && SecretComparison.AreEqual(authorizationHeader["Bearer ".Length..].Trim(), Token);
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
