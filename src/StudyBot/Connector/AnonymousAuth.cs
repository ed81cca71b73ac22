using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace StudyBot.Connector;

/// <summary>Interim: anonymous mode only (no app id ⇒ no header needed, no outbound token). Replaced by full JWT
/// validation and MSAL tokens in the connector work.</summary>
public sealed class AnonymousBotAuthenticator(IOptions<BotFrameworkOptions> options) : IBotAuthenticator, IConnectorTokenProvider
{
    public Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.IsAnonymous && string.IsNullOrEmpty(authorizationHeader)
            ? new ClaimsIdentity("anonymous")
            : null);

    public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
