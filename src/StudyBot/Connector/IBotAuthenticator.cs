using System.Security.Claims;

namespace StudyBot.Connector;

/// <summary>Validates the <c>Authorization</c> header of an inbound activity the way Bot Framework does.</summary>
public interface IBotAuthenticator
{
    /// <returns>The caller's identity, or null when the request must be refused with 401.</returns>
    Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
