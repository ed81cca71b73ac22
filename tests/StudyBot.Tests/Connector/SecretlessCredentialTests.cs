using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.Tests.Connector;

/// <summary>Running without a client secret (AKS): the Agents SDK's configuration names with a certificate, Azure
/// workload identity (the projected service-account token file) and federated managed-identity credentials. Each
/// test sends a real turn and checks what reached the fake Entra token endpoint and the fake connector.</summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class SecretlessCredentialTests(AzuriteFixture azurite)
{
    private const string Agents = "Connections:ServiceConnection:Settings:";

    [Fact]
    public async Task Workload_identity_exchanges_the_projected_service_account_token_for_the_bot_token()
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var tokenFile = Path.Combine(Directory.CreateTempSubdirectory("sa-token-").FullName, "azure-identity-token");
        await File.WriteAllTextAsync(tokenFile, "projected-service-account-token", TestContext.Current.CancellationToken);

        var settings = AgentsSettings(authority, "WorkloadIdentity");
        settings[Agents + "FederatedTokenFile"] = tokenFile;

        var form = await ReplyTokenRequestAsync(authority, settings);
        Assert.Equal("projected-service-account-token", form["client_assertion"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        Assert.Equal(BotFrameworkTestAuthority.AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Null(form["client_secret"]);
    }

    [Fact]
    public async Task The_charts_workload_identity_settings_and_the_aks_webhooks_variables_are_all_the_bot_needs()
    {
        // As on AKS: the bot identity from the chart's ConfigMap (Agents SDK names, no secret, no token file path) and
        // what the workload identity webhook adds to a labelled pod; the token file is the projected one.
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var tokenFile = Path.Combine(Directory.CreateTempSubdirectory("sa-token-").FullName, "azure-identity-token");
        await File.WriteAllTextAsync(tokenFile, "projected-service-account-token", TestContext.Current.CancellationToken);

        var settings = authority.Settings(azurite.Settings());
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            settings.Remove(key);
        }

        var chart = StudyBot.Tests.Deploy.HelmChartTests.ConfigMapSettings(
            "Connections__", ("bot.auth", "WorkloadIdentity"), ("bot.appId", BotFrameworkTestAuthority.AppId), ("bot.tenantId", BotFrameworkTestAuthority.TenantId));
        Assert.Equal("WorkloadIdentity", chart[Agents + "AuthType"]);
        Assert.DoesNotContain(chart.Keys, k => k.EndsWith("FederatedTokenFile", StringComparison.Ordinal) || k.EndsWith("ClientSecret", StringComparison.Ordinal));
        foreach (var (key, value) in chart)
        {
            settings[key] = value;
        }

        settings["AZURE_CLIENT_ID"] = BotFrameworkTestAuthority.AppId;
        settings["AZURE_TENANT_ID"] = BotFrameworkTestAuthority.TenantId;
        settings["AZURE_FEDERATED_TOKEN_FILE"] = tokenFile;

        var form = await ReplyTokenRequestAsync(authority, settings);
        Assert.Equal("projected-service-account-token", form["client_assertion"]);
        Assert.Equal(BotFrameworkTestAuthority.AppId, form["client_id"]);
        Assert.Null(form["client_secret"]);
    }

    [Fact]
    public async Task A_certificate_from_a_mounted_pem_file_signs_the_client_assertion()
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var (pem, certificate) = await MountedCertificateAsync();
        using var _ = certificate;
        var settings = AgentsSettings(authority, "Certificate");
        settings[Agents + "CertificatePath"] = pem;
        await AssertSignedByAsync(await ReplyTokenRequestAsync(authority, settings), certificate);
    }

    [Fact]
    public async Task The_charts_certificate_settings_sign_with_the_mounted_file()
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var (pem, certificate) = await MountedCertificateAsync();
        using var _ = certificate;
        var settings = authority.Settings(azurite.Settings());
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            settings.Remove(key);
        }

        foreach (var (key, value) in StudyBot.Tests.Deploy.HelmChartTests.ConfigMapSettings(
                     "Connections__", ("bot.auth", "Certificate"), ("bot.appId", BotFrameworkTestAuthority.AppId), ("bot.tenantId", BotFrameworkTestAuthority.TenantId), ("bot.certificatePath", pem)))
        {
            settings[key] = value;
        }

        await AssertSignedByAsync(await ReplyTokenRequestAsync(authority, settings), certificate);
    }

    /// <summary>A self-signed certificate and its key in one PEM file, as a Key Vault CSI volume mounts it.</summary>
    private static async Task<(string Path, X509Certificate2 Certificate)> MountedCertificateAsync()
    {
        using var rsa = RSA.Create(2048);
        var certificate = new CertificateRequest("CN=studybot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pem = Path.Combine(Directory.CreateTempSubdirectory("cert-").FullName, "tls.pem");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem(), TestContext.Current.CancellationToken);
        return (pem, certificate);
    }

    /// <summary>The token request carried no secret, only a client assertion signed by <paramref name="certificate"/>.</summary>
    private static async Task AssertSignedByAsync(System.Collections.Specialized.NameValueCollection form, X509Certificate2 certificate)
    {
        Assert.Null(form["client_secret"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert))),
            ValidIssuer = BotFrameworkTestAuthority.AppId,
            ValidateAudience = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    [Fact]
    public async Task Federated_credentials_use_the_managed_identity_token_as_the_assertion()
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        await using var identity = await ManagedIdentityEnvironment.StartAsync("federated-mi-assertion");
        var settings = AgentsSettings(authority, "FederatedCredentials");
        settings[Agents + "FederatedClientId"] = "0c7d3a3e-5b7b-4f3e-9a61-1d2f6f0c9e11";

        var form = await ReplyTokenRequestAsync(authority, settings);
        Assert.Equal("federated-mi-assertion", form["client_assertion"]);
        Assert.Null(form["client_secret"]);
        var miRequest = (await identity.Server.WaitForAsync(r => r.Path == "/msi/token")).First();
        var query = System.Web.HttpUtility.ParseQueryString(miRequest.Query);
        Assert.Equal("api://AzureADTokenExchange", query["resource"]);
        Assert.Equal("0c7d3a3e-5b7b-4f3e-9a61-1d2f6f0c9e11", query["client_id"]);
    }

    [Fact]
    public async Task Both_naming_schemes_at_once_refuse_to_start_and_name_the_clashing_keys()
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var settings = authority.Settings(azurite.Settings());
        settings[Agents + "ClientId"] = BotFrameworkTestAuthority.AppId;
        settings[Agents + "ClientSecret"] = "x";

        var error = await StudyBotHost.StartRefusedAsync(settings);
        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connections:ServiceConnection:Settings", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Certificate", "CertThumbprint")]
    [InlineData("FederatedCredentials", "FederatedClientId")]
    [InlineData("WorkloadIdentity", "FederatedTokenFile")]
    [InlineData("Kerberos", "AuthType")]
    public async Task An_incomplete_secretless_credential_refuses_to_start_naming_the_key(string authType, string key)
    {
        await using var authority = await BotFrameworkTestAuthority.StartAsync();
        var error = await StudyBotHost.StartRefusedAsync(AgentsSettings(authority, authType));
        Assert.Contains(Agents + key, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Auth on against the test authority, with the credential in the Agents SDK's names only.</summary>
    private Dictionary<string, string?> AgentsSettings(BotFrameworkTestAuthority authority, string authType)
    {
        var settings = authority.Settings(azurite.Settings());
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            settings.Remove(key);
        }

        settings[Agents + "AuthType"] = authType;
        settings[Agents + "ClientId"] = BotFrameworkTestAuthority.AppId;
        settings[Agents + "TenantId"] = BotFrameworkTestAuthority.TenantId;
        settings[Agents + "AuthorityEndpoint"] = authority.Tokens.Url + BotFrameworkTestAuthority.TenantId;
        settings[Agents + "Scopes:0"] = "https://api.botframework.com/.default";
        return settings;
    }

    /// <summary>Sends <c>/help</c> with a channel token; returns the form the service posted to the token endpoint
    /// after checking that the reply carried the token Entra issued.</summary>
    private static async Task<System.Collections.Specialized.NameValueCollection> ReplyTokenRequestAsync(BotFrameworkTestAuthority authority, Dictionary<string, string?> settings)
    {
        await using var chat = await BotChat.StartAsync(settings, configure: authority.TrustTokenEndpoint);
        var activity = chat.Message("/help", channelId: Channels.MsTeams);
        var reply = await chat.SendAsync(activity, authority.CreateChannelToken(activity));
        Assert.StartsWith("Bearer test-access-token-", reply.Header("Authorization"), StringComparison.Ordinal);
        var tokenRequest = (await authority.Tokens.WaitForAsync(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))).Single();
        Assert.Contains("/" + BotFrameworkTestAuthority.TenantId + "/", tokenRequest.Path, StringComparison.Ordinal);
        return System.Web.HttpUtility.ParseQueryString(tokenRequest.Body);
    }
}

/// <summary>MSAL finds the managed identity endpoint through the process-wide IDENTITY_ENDPOINT / IDENTITY_HEADER
/// variables, so the tests that set them run one at a time in the <see cref="Name"/> collection.</summary>
public sealed class ManagedIdentityEnvironment : IAsyncDisposable
{
    public const string Name = "managed identity environment";

    private ManagedIdentityEnvironment(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    /// <summary>A fake App Service identity endpoint answering <paramref name="accessToken"/>, pointed at by the variables.</summary>
    public static async Task<ManagedIdentityEnvironment> StartAsync(string accessToken, string? clientId = null)
    {
        var server = await LoopbackServer.StartAsync();
        server.On("/msi/token", r => ScriptedResponse.Json(new
        {
            access_token = accessToken,
            expires_on = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            resource = System.Web.HttpUtility.ParseQueryString(r.Query)["resource"],
            token_type = "Bearer",
            client_id = clientId ?? System.Web.HttpUtility.ParseQueryString(r.Query)["client_id"],
        }));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", server.Url + "msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "test-identity-header");
        return new ManagedIdentityEnvironment(server);
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(ManagedIdentityEnvironment.Name)]
public sealed class ManagedIdentityCollection;
