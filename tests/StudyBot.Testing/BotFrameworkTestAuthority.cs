using System.Net.Security;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.Testing;

/// <summary>Everything Bot Framework authentication needs, on loopback: OpenID metadata and a JWKS with
/// endorsements (channel and Emulator), RSA signing keys, token minting, and an https fake Entra token endpoint for
/// outbound tokens. Lets tests and benchmarks run StudyBot with auth on:
/// <code>
/// await using var authority = await BotFrameworkTestAuthority.StartAsync();
/// await using var bot = await StudyBotHost.StartAsync(authority.Settings(), configure: authority.TrustTokenEndpoint);
/// await TestActivities.PostAsync(bot.Client, activity, authority.CreateChannelToken(activity));
/// </code></summary>
public sealed class BotFrameworkTestAuthority : IAsyncDisposable
{
    public const string AppId = "6f1c1b2a-0d6e-4c1b-9a53-5b0c7e3d2f10";
    public const string AppPassword = "test-app-password";
    public const string TenantId = "1b6f5e1e-7c55-4c83-9a35-2f0f3e9e4d21";
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>A Bot Framework tenant whose v2 issuer the SDK accepts for Emulator tokens.</summary>
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    public static readonly string[] DefaultEndorsements = [Channels.MsTeams, Channels.WebChat, Channels.DirectLine, Channels.Emulator, Channels.Slack];

    private readonly List<(TestSigningKey Key, string[] Endorsements)> _channelKeys = [];
    private readonly X509Certificate2 _tlsCertificate;
    private int _tokensIssued;

    private BotFrameworkTestAuthority(LoopbackServer metadata, LoopbackServer tokens, X509Certificate2 tlsCertificate)
    {
        Metadata = metadata;
        Tokens = tokens;
        _tlsCertificate = tlsCertificate;
        SigningKey = AddChannelKey("test-channel-key-1", DefaultEndorsements);
        EmulatorKey = new TestSigningKey("test-emulator-key-1");
        UnpublishedKey = new TestSigningKey("test-unpublished-key");
    }

    /// <summary>Serves the OpenID documents and key sets (plain http on loopback, which StudyBot allows).</summary>
    public LoopbackServer Metadata { get; }

    /// <summary>The fake Entra token endpoint: https with a self-signed certificate (pass
    /// <see cref="TrustTokenEndpoint"/> to the host), or plain http on loopback, which StudyBot also accepts.</summary>
    public LoopbackServer Tokens { get; }

    /// <summary>Published channel key, endorsed for <see cref="DefaultEndorsements"/>.</summary>
    public TestSigningKey SigningKey { get; }

    /// <summary>Published in the Emulator (Entra) key set, without endorsements.</summary>
    public TestSigningKey EmulatorKey { get; }

    /// <summary>A key no metadata lists (unknown <c>kid</c>).</summary>
    public TestSigningKey UnpublishedKey { get; }

    public string ChannelMetadataUrl => Metadata.Url + "v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => Metadata.Url + "common/v2.0/.well-known/openid-configuration";

    public string LoginUrl => Tokens.Url + "botframework.com";

    /// <summary>Access tokens the fake token endpoint handed out so far.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <param name="httpsTokenEndpoint">Serve the token endpoint over https (as Entra) rather than loopback http.</param>
    public static async Task<BotFrameworkTestAuthority> StartAsync(bool httpsTokenEndpoint = true)
    {
        var certificate = CreateTlsCertificate();
        var metadata = await LoopbackServer.StartAsync();
        var tokens = await LoopbackServer.StartAsync(httpsTokenEndpoint ? certificate : null);
        var authority = new BotFrameworkTestAuthority(metadata, tokens, certificate);
        authority.Serve();
        return authority;
    }

    /// <summary>Publishes another channel signing key (key rotation) with the given endorsements.</summary>
    public TestSigningKey AddChannelKey(string kid, string[] endorsements)
    {
        var key = new TestSigningKey(kid);
        lock (_channelKeys)
        {
            _channelKeys.Add((key, endorsements));
        }

        return key;
    }

    /// <summary>StudyBot settings for auth on against this authority (MultiTenant unless <paramref name="appType"/>),
    /// merged over <paramref name="settings"/> (e.g. the Azurite settings).</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? settings = null, string appType = BotFrameworkOptions.MultiTenant)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = LoginUrl,
        };
        return all;
    }

    /// <summary>Makes the service's MSAL HttpClient accept this authority's self-signed certificate (pinned by
    /// thumbprint; nothing else is trusted). Pass as <c>configure</c> to <see cref="StudyBotHost.StartAsync"/>.</summary>
    public void TrustTokenEndpoint(WebApplicationBuilder builder)
    {
        var thumbprint = _tlsCertificate.GetCertHashString(HashAlgorithmName.SHA256);
        builder.Services.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || certificate?.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint,
            },
        });
    }

    /// <summary>A channel token for <paramref name="activity"/> as Azure Bot Service would send it.</summary>
    public string CreateChannelToken(Activity activity) => CreateChannelToken(activity.ServiceUrl!);

    /// <summary>A channel token; every part can be spoiled for negative tests.</summary>
    public string CreateChannelToken(
        string serviceUrl,
        string? audience = AppId,
        string issuer = ChannelIssuer,
        DateTimeOffset? expires = null,
        TestSigningKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return Mint(issuer, audience, claims, expires, (key ?? SigningKey).Credentials(algorithm));
    }

    /// <summary>An Emulator / Entra token (v1: <c>appid</c>, v2: <c>azp</c>).</summary>
    public string CreateEmulatorToken(string version = "2.0", string appId = AppId, string issuer = EmulatorV2Issuer)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "1.0" ? "appid" : "azp"] = appId };
        return Mint(issuer, "https://api.botframework.com", claims, null, EmulatorKey.Credentials(SecurityAlgorithms.RsaSha256));
    }

    /// <summary>A token signed with HMAC (a shared secret), which Bot Framework never uses.</summary>
    public string CreateHs256Token(string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a shared secret that is long enough for HS256")) { KeyId = SigningKey.Kid };
        return Mint(ChannelIssuer, AppId, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, null, new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string CreateUnsignedToken(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"{{ChannelIssuer}}","aud":"{{AppId}}","serviceurl":"{{serviceUrl}}","nbf":{{now - 60}},"exp":{{now + 3600}}}""");
        return header + "." + payload + ".";
    }

    private static string Mint(string issuer, string? audience, Dictionary<string, object> claims, DateTimeOffset? expires, SigningCredentials credentials)
    {
        var exp = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddHours(-1).UtcDateTime,
            NotBefore = exp.AddHours(-1).UtcDateTime,
            Expires = exp.UtcDateTime,
            SigningCredentials = credentials,
        });
    }

    private void Serve()
    {
        Metadata.On("/v1/.well-known/openidconfiguration", _ => ScriptedResponse.Json(new
        {
            issuer = ChannelIssuer,
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = Metadata.Url + "v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        Metadata.On("/v1/.well-known/keys", _ =>
        {
            lock (_channelKeys)
            {
                return ScriptedResponse.Json(new { keys = _channelKeys.Select(k => k.Key.Jwk(k.Endorsements)).ToArray() });
            }
        });
        Metadata.On("/common/v2.0/.well-known/openid-configuration", _ => ScriptedResponse.Json(new
        {
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
            jwks_uri = Metadata.Url + "common/discovery/v2.0/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        Metadata.On("/common/discovery/v2.0/keys", _ => ScriptedResponse.Json(new { keys = new[] { EmulatorKey.Jwk(null) } }));

        // Entra's client-credentials answer (protocols §4), a new token each time so refreshes are visible.
        Tokens.On(r => r.Method == "POST" && r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal), _ =>
        {
            var n = Interlocked.Increment(ref _tokensIssued);
            return ScriptedResponse.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"test-access-token-{n}" });
        });
    }

    private static X509Certificate2 CreateTlsCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Round-trip through PKCS#12 so the private key is usable by Kestrel's TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await Metadata.DisposeAsync();
        await Tokens.DisposeAsync();
        _tlsCertificate.Dispose();
    }
}

/// <summary>An RSA signing key with its <c>kid</c>, published as a JWK.</summary>
public sealed class TestSigningKey(string kid)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public SigningCredentials Credentials(string algorithm) => new(new RsaSecurityKey(_rsa) { KeyId = Kid }, algorithm);

    public Dictionary<string, object> Jwk(string[]? endorsements)
    {
        var p = _rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent!),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
