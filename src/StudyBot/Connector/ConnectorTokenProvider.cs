using System.Security.Cryptography.X509Certificates;
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

/// <summary>Client-credential tokens from Microsoft Entra (protocols §4): MSAL with a client secret, a certificate or a
/// federated managed-identity assertion (MultiTenant from <c>ToChannelFromBotLoginUrl</c>, SingleTenant from the app's
/// tenant), MSAL's managed identity, or Azure.Identity's <c>WorkloadIdentityCredential</c> on AKS.
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
    private readonly IHttpClientFactory _httpClientFactory;
    private Azure.Core.TokenCredential? _workload;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<ConnectorTokenProvider> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _httpClientFactory = httpClientFactory;
        if (_options.IsAnonymous)
        {
            return;
        }

        var http = new MsalHttpClientFactory(httpClientFactory);
        switch (_options.Credential)
        {
            case BotCredentialKind.UserManagedIdentity:
                _managed = ManagedIdentity(_options.MicrosoftAppId, http);
                return;
            case BotCredentialKind.WorkloadIdentity:
                _workload = NewWorkloadIdentityCredential();
                return;
        }

        var authority = Authority(_options);
        var builder = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)

            // MSAL accepts only https authorities; an http loopback login URL (tests) is handed over as https and
            // LoopbackHttpAuthorityHandler sends those requests over http.
            .WithAuthority(authority.Scheme == Uri.UriSchemeHttp ? new UriBuilder(authority) { Scheme = Uri.UriSchemeHttps, Port = authority.Port }.Uri : authority)

            // Instance discovery asks login.microsoftonline.com about the authority's host; a loopback test authority
            // is not a cloud instance, so it is used as given (MSAL still insists on https).
            .WithInstanceDiscovery(!authority.IsLoopback)
            .WithHttpClientFactory(http);
        _confidential = _options.Credential switch
        {
            BotCredentialKind.Certificate => builder.WithCertificate(LoadCertificate(_options), sendX5C: true).Build(),

            // Federated credentials: the managed identity's token for Entra's token-exchange audience is the client
            // assertion of the app registration (no secret anywhere).
            BotCredentialKind.FederatedCredentials => builder.WithClientAssertion(FederatedAssertion(ManagedIdentity(_options.FederatedClientId!, http))).Build(),
            _ => builder.WithClientSecret(_options.MicrosoftAppPassword).Build(),
        };
    }

    public bool IsEnabled => !_options.IsAnonymous;

    /// <summary>MultiTenant: the configured login URL (botframework.com tenant); SingleTenant: the app's own tenant on
    /// the same login host (sovereign clouds keep their host).</summary>
    public static Uri Authority(BotFrameworkOptions options)
    {
        if (options.AuthorityEndpoint is { Length: > 0 } configured)
        {
            return new Uri(configured);
        }

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

            if (_workload is not null)
            {
                if (forceRefresh)
                {
                    // Azure.Identity keeps its own cache with no "skip it" switch: a fresh credential asks Entra again.
                    _workload = NewWorkloadIdentityCredential();
                }

                var access = await _workload.GetTokenAsync(new Azure.Core.TokenRequestContext([_options.ToChannelFromBotOAuthScope]), cancellationToken);
                _cached = new CachedToken(access.Token, access.ExpiresOn);
                _logger.LogDebug("Connector token acquired by workload identity, expires {ExpiresOn}", access.ExpiresOn);
                return access.Token;
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

    private static IManagedIdentityApplication ManagedIdentity(string clientId, IMsalHttpClientFactory http) =>
        ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(clientId)).WithHttpClientFactory(http).Build();

    private static Func<AssertionRequestOptions, Task<string>> FederatedAssertion(IManagedIdentityApplication identity) =>
        async request => (await identity.AcquireTokenForManagedIdentity("api://AzureADTokenExchange").ExecuteAsync(request.CancellationToken)).AccessToken;

    /// <summary>Azure workload identity (AKS): Azure.Identity's <c>WorkloadIdentityCredential</c> reads the projected
    /// service-account token file on every request (kubelet rotates it) and exchanges it for the app's token. Its
    /// HTTP goes through the same <c>msal</c> client as MSAL's.</summary>
    private Azure.Core.TokenCredential NewWorkloadIdentityCredential()
    {
        var authority = Authority(_options);
        var host = new UriBuilder(authority) { Path = "/", Scheme = Uri.UriSchemeHttps, Port = authority.Port }.Uri;
        return new Azure.Identity.WorkloadIdentityCredential(new Azure.Identity.WorkloadIdentityCredentialOptions
        {
            ClientId = _options.MicrosoftAppId,
            TenantId = _options.MicrosoftAppTenantId,
            TokenFilePath = _options.FederatedTokenFile,
            AuthorityHost = host,
            DisableInstanceDiscovery = authority.IsLoopback,
            Transport = new Azure.Core.Pipeline.HttpClientTransport(_httpClientFactory.CreateClient(HttpClientName)),
        });
    }

    /// <summary>A PEM (certificate + key) or PKCS#12 file, else the thumbprint in the CurrentUser then LocalMachine store.</summary>
    internal static X509Certificate2 LoadCertificate(BotFrameworkOptions options)
    {
        if (options.CertificatePath is { Length: > 0 } path)
        {
            return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(path)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint!, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"{AgentsSdkSettings.Section}:CertThumbprint: no certificate with that thumbprint in the CurrentUser or LocalMachine My store.");
    }

    /// <summary>A token endpoint on a loopback host may be plain http (tests serve one: no certificate to trust, no
    /// network crossed). MSAL insists on https, so it is given the https form of that authority, and this handler on
    /// the <c>msal</c> HttpClient sends requests for exactly that loopback host and port over http. Any other
    /// configuration passes through untouched.</summary>
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
