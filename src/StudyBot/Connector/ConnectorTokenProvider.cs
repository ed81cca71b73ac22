using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace StudyBot.Connector;

/// <summary>Bearer tokens for outbound connector calls (none in anonymous mode).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>False in anonymous mode: outbound calls carry no token.</summary>
    bool IsEnabled { get; }

    /// <param name="forceRefresh">Skip every cache (after the connector answered 401 to the cached token).</param>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}

/// <summary>Client-credential tokens from Microsoft Entra through MSAL (protocols §4): MultiTenant from
/// <c>ToChannelFromBotLoginUrl</c>, SingleTenant from the app's tenant, UserAssignedMSI from the managed identity.
/// The token is kept until 5 minutes before it expires, so a turn normally costs no token call.</summary>
public sealed class ConnectorTokenProvider : IConnectorTokenProvider
{
    /// <summary>Named HttpClient MSAL uses (tests point it at a loopback token endpoint with a test certificate).</summary>
    public const string HttpClientName = "msal";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly IConfidentialClientApplication? _confidential;
    private readonly IManagedIdentityApplication? _managed;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<ConnectorTokenProvider> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (_options.IsAnonymous)
        {
            return;
        }

        var http = new MsalHttpClientFactory(httpClientFactory);
        if (_options.IsUserAssignedMsi)
        {
            _managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            return;
        }

        var authority = Authority(_options);
        _confidential = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithClientSecret(_options.MicrosoftAppPassword)

            // MSAL accepts only https authorities; an http loopback login URL (tests) is handed over as https and
            // LoopbackHttpAuthorityHandler sends those requests over http.
            .WithAuthority(authority.Scheme == Uri.UriSchemeHttp ? new UriBuilder(authority) { Scheme = Uri.UriSchemeHttps, Port = authority.Port }.Uri : authority)

            // Instance discovery asks login.microsoftonline.com about the authority's host; a loopback test authority
            // is not a cloud instance, so it is used as given (MSAL still insists on https).
            .WithInstanceDiscovery(!authority.IsLoopback)
            .WithHttpClientFactory(http)
            .Build();
    }

    public bool IsEnabled => !_options.IsAnonymous;

    /// <summary>MultiTenant: the configured login URL (botframework.com tenant); SingleTenant: the app's own tenant on
    /// the same login host (sovereign clouds keep their host).</summary>
    public static Uri Authority(BotFrameworkOptions options)
    {
        var login = new Uri(options.ToChannelFromBotLoginUrl);
        return options.IsSingleTenant ? new Uri(login, "/" + options.MicrosoftAppTenantId) : login;
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return null;
        }

        if (!forceRefresh && _cached is { } fresh && fresh.ExpiresOn - _time.GetUtcNow() > RefreshMargin)
        {
            return fresh.Token;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Another turn may have refreshed while this one waited.
            if (!forceRefresh && _cached is { } again && again.ExpiresOn - _time.GetUtcNow() > RefreshMargin)
            {
                return again.Token;
            }

            var result = _managed is not null
                ? await _managed.AcquireTokenForManagedIdentity(Resource(_options.ToChannelFromBotOAuthScope)).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken)
                : await _confidential!.AcquireTokenForClient([_options.ToChannelFromBotOAuthScope]).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            _cached = new CachedToken(result.AccessToken, result.ExpiresOn);
            _logger.LogDebug("Connector token acquired from {Source}, expires {ExpiresOn}", result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
            return result.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    // Managed identity takes a resource, not a scope: "https://api.botframework.com/.default" → "https://api.botframework.com".
    private static string Resource(string scope) => scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);

    /// <summary>The contract allows an http token endpoint on a loopback host (tests serve one). MSAL insists on
    /// https, so it is given the https form of that authority, and this handler on the <c>msal</c> HttpClient sends
    /// requests for exactly that loopback host and port over http. Any other configuration passes through untouched.</summary>
    internal sealed class LoopbackHttpAuthorityHandler(IOptions<BotFrameworkOptions> options) : DelegatingHandler
    {
        private readonly Uri? _httpLoopbackLogin = Uri.TryCreate(options.Value.ToChannelFromBotLoginUrl, UriKind.Absolute, out var login)
            && login.Scheme == Uri.UriSchemeHttp && login.IsLoopback ? login : null;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_httpLoopbackLogin is { } http && request.RequestUri is { } uri && uri.Scheme == Uri.UriSchemeHttps
                && string.Equals(uri.Host, http.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == http.Port)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Port = uri.Port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Lets MSAL use the pooled, configurable <c>msal</c> HttpClient instead of its own.</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
