using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.Connector;

/// <summary>Inbound Bot Framework JWT validation (SDK <c>JwtTokenValidation</c>, <c>ChannelValidation</c>,
/// <c>EmulatorValidation</c>): channel tokens signed by keys endorsed for the activity's channel and naming its
/// serviceUrl, or Emulator/Entra tokens issued to this app. Signing keys are cached per metadata URL, refreshed
/// daily and on an unknown <c>kid</c>. Reasons for refusals are logged, never the token.</summary>
public sealed class BotFrameworkAuthenticator : IBotAuthenticator
{
    public const string AnonymousAuthenticationType = "anonymous";

    /// <summary>Authentication type of identities from channel tokens; outbound trust of serviceUrls rests on them.</summary>
    public const string ChannelAuthenticationType = "BotFrameworkChannel";

    public const string EmulatorAuthenticationType = "BotFrameworkEmulator";

    // The two Bot Framework tenants whose Entra tokens the SDK accepts from the Emulator and skills (public cloud).
    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly KeySource _channel;
    private readonly KeySource _emulator;
    private readonly HashSet<string> _emulatorIssuers;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var http = httpClientFactory.CreateClient(HttpClientName);
        _channel = new KeySource(_options.ToBotFromChannelOpenIdMetadataUrl, http, ChannelAuthenticationType, new TokenValidationParameters
        {
            ValidIssuer = _options.ToBotFromChannelTokenIssuer,
            ValidAudience = _options.MicrosoftAppId,
            ValidateAudience = true,
        });

        _emulatorIssuers = new HashSet<string>(StringComparer.Ordinal);
        var tenants = BotFrameworkTenants.ToList();
        if (_options.IsSingleTenant || _options.IsUserAssignedMsi)
        {
            // The SDK also trusts whatever tenant the token names (tid); only the configured tenant is safer.
            tenants.Add(_options.MicrosoftAppTenantId);
        }

        foreach (var tenant in tenants.Where(t => t.Length > 0))
        {
            _emulatorIssuers.Add($"https://sts.windows.net/{tenant}/");
            _emulatorIssuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
        }

        _emulator = new KeySource(_options.ToBotFromEmulatorOpenIdMetadataUrl, http, EmulatorAuthenticationType, new TokenValidationParameters
        {
            ValidIssuers = _emulatorIssuers,

            // As the SDK: an Emulator token's audience is the Bot Framework API; the app id is checked on appid/azp.
            ValidateAudience = false,
        });
    }

    /// <summary>Named HttpClient for OpenID metadata and key documents.</summary>
    public const string HttpClientName = "botframework-openid";

    /// <summary>Fetches both key sets ahead of the first activity, so it is not slowed by metadata requests and a
    /// misconfigured metadata URL shows up in the log at start. Failures are logged; validation retries later.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_channel.FetchAsync(cancellationToken), _emulator.FetchAsync(cancellationToken));
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not fetch Bot Framework signing keys at start; will retry on the first activity");
        }
    }

    public async Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            if (_options.IsAnonymous)
            {
                return new ClaimsIdentity(AnonymousAuthenticationType);
            }

            return Refuse("no Authorization header");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorizationHeader.Length <= 7)
        {
            return Refuse("not a bearer token");
        }

        var token = authorizationHeader[7..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return Refuse("not a JWT");
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Refuse("not a JWT");
        }

        // The issuer decides which rules apply, as in the SDK (EmulatorValidation.IsTokenFromEmulator).
        var source = jwt.Issuer == _options.ToBotFromChannelTokenIssuer ? _channel
            : _emulatorIssuers.Contains(jwt.Issuer) ? _emulator
            : null;
        if (source is null)
        {
            return Refuse("unknown issuer");
        }

        TokenValidationResult result;
        BotSigningKeys keys;
        try
        {
            (result, keys) = await source.ValidateAsync(_handler, jwt, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // ConfigurationManager could not fetch the metadata or keys: nothing can be validated, so refuse.
            _logger.LogWarning(e, "Could not fetch Bot Framework signing keys");
            return null;
        }

        if (!result.IsValid)
        {
            return Refuse(result.Exception?.GetType().Name ?? "invalid token");
        }

        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, source.AuthenticationType);
        return source == _channel ? CheckChannelToken(identity, jwt, keys, activity) : CheckEmulatorToken(identity);
    }

    private ClaimsIdentity? CheckChannelToken(ClaimsIdentity identity, JsonWebToken jwt, BotSigningKeys keys, Activity activity)
    {
        // The key must be endorsed for the channel the activity claims to come from (a Teams key cannot vouch for webchat).
        if (!string.IsNullOrEmpty(activity.ChannelId) && !keys.EndorsementsOf(jwt.Kid).Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return Refuse("signing key not endorsed for the channel");
        }

        if (!string.Equals(identity.FindFirst("serviceurl")?.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("serviceurl claim does not match the activity");
        }

        return identity;
    }

    private ClaimsIdentity? CheckEmulatorToken(ClaimsIdentity identity)
    {
        var appId = identity.FindFirst("ver")?.Value switch
        {
            "1.0" => identity.FindFirst("appid")?.Value,
            "2.0" => identity.FindFirst("azp")?.Value,
            _ => null,
        };

        return appId is not null && appId == _options.MicrosoftAppId ? identity : Refuse("app id claim is not this bot");
    }

    private ClaimsIdentity? Refuse(string reason)
    {
        _logger.LogInformation("Bot Framework token refused: {Reason}", reason);
        return null;
    }

    /// <summary>One metadata URL: its cached keys and the validation rules for tokens signed by them.</summary>
    private sealed class KeySource
    {
        private readonly ConfigurationManager<BotSigningKeys> _keys;
        private readonly TokenValidationParameters _template;
        private volatile CachedParameters? _current;

        public KeySource(string metadataUrl, HttpClient http, string authenticationType, TokenValidationParameters template)
        {
            AuthenticationType = authenticationType;
            var documents = new HttpDocumentRetriever(http) { RequireHttps = !Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) || !uri.IsLoopback };
            _keys = new ConfigurationManager<BotSigningKeys>(metadataUrl, new BotSigningKeysRetriever(), documents)
            {
                AutomaticRefreshInterval = TimeSpan.FromDays(1),
                RefreshInterval = TimeSpan.FromMinutes(5),
            };

            template.ValidAlgorithms = AllowedAlgorithms;
            template.ClockSkew = TimeSpan.FromMinutes(5);
            template.RequireSignedTokens = true;
            template.RequireExpirationTime = true;
            template.ValidateLifetime = true;
            template.ValidateIssuer = true;
            template.ValidateIssuerSigningKey = true;
            template.AuthenticationType = authenticationType;
            _template = template;
        }

        public string AuthenticationType { get; }

        public Task<BotSigningKeys> FetchAsync(CancellationToken cancellationToken) => _keys.GetConfigurationAsync(cancellationToken);

        public async Task<(TokenValidationResult Result, BotSigningKeys Keys)> ValidateAsync(JsonWebTokenHandler handler, JsonWebToken jwt, CancellationToken cancellationToken)
        {
            var keys = await _keys.GetConfigurationAsync(cancellationToken);
            var result = await handler.ValidateTokenAsync(jwt, ParametersFor(keys));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Keys rotate: an unknown kid triggers a (rate-limited, background) re-fetch of the metadata.
                _keys.RequestRefresh();
            }

            return (result, keys);
        }

        // Validation parameters are rebuilt only when the key set changes, not per request.
        private TokenValidationParameters ParametersFor(BotSigningKeys keys)
        {
            var current = _current;
            if (current is not null && ReferenceEquals(current.Keys, keys))
            {
                return current.Parameters;
            }

            var parameters = _template.Clone();
            parameters.IssuerSigningKeys = keys.Keys;
            _current = new CachedParameters(keys, parameters);
            return parameters;
        }

        private sealed record CachedParameters(BotSigningKeys Keys, TokenValidationParameters Parameters);
    }
}
