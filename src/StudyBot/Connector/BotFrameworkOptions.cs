using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Connector;

/// <summary>Azure Bot settings, bound from the configuration root with the Bot Framework SDK's own key names.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration root: the Bot Framework SDK's key names (<c>MicrosoftAppId</c>, <c>ToBotFrom…</c>) live there.</summary>
    public const string Section = "";

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string MicrosoftAppType { get; set; } = MultiTenant;

    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>How the outbound token is obtained. Bot Framework names give <see cref="BotCredentialKind.ClientSecret"/>
    /// or (UserAssignedMSI) <see cref="BotCredentialKind.UserManagedIdentity"/>; the Agents SDK's <c>AuthType</c> can
    /// also name a certificate, federated credentials or Azure workload identity (<see cref="AgentsSdkSettings"/>).</summary>
    public BotCredentialKind Credential { get; set; } = BotCredentialKind.ClientSecret;

    /// <summary>Authority for the outbound token when the Agents SDK's <c>AuthorityEndpoint</c> names one.</summary>
    public string? AuthorityEndpoint { get; set; }

    /// <summary>Certificate credential: thumbprint of a certificate in the CurrentUser or LocalMachine <c>My</c> store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Certificate credential: a PEM (certificate + private key) or PKCS#12 file, as a Key Vault CSI volume
    /// mounts it (StudyBot's own key beside the Agents SDK's <c>CertThumbprint</c>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Federated credentials: client id of the user-assigned managed identity whose token is the assertion.</summary>
    public string? FederatedClientId { get; set; }

    /// <summary>Workload identity: the projected service-account token (default <c>AZURE_FEDERATED_TOKEN_FILE</c>).</summary>
    public string? FederatedTokenFile { get; set; }

    /// <summary>Keys of both naming schemes that are set together (the service refuses to start then).</summary>
    public List<string> NamingClashes { get; } = [];

    /// <summary>An Agents SDK <c>AuthType</c> StudyBot does not know (refused at start).</summary>
    public string? UnknownAuthType { get; set; }

    /// <summary>Anonymous mode: no app id, so inbound tokens are optional and outbound calls carry none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public bool IsUserAssignedMsi => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    /// <summary>Largest accepted activity body (256 KB): well above what a channel sends, and a bound on what one request
    /// makes the service buffer and parse.</summary>
    [Positive] public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>True for <c>https://</c> URLs and for <c>http://</c> ones on a loopback host (local tests and the
    /// Emulator, where no network is crossed): metadata, keys and tokens never travel in clear text over a network.</summary>
    public static bool IsSecureOrLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>Refuses settings that cannot work, at start rather than at the first activity.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions o)
    {
        var failures = new List<string>();
        foreach (var (key, url) in new[]
                 {
                     (nameof(o.ToBotFromChannelOpenIdMetadataUrl), o.ToBotFromChannelOpenIdMetadataUrl),
                     (nameof(o.ToBotFromEmulatorOpenIdMetadataUrl), o.ToBotFromEmulatorOpenIdMetadataUrl),
                     (nameof(o.ToChannelFromBotLoginUrl), o.ToChannelFromBotLoginUrl),
                 })
        {
            if (!BotFrameworkOptions.IsSecureOrLoopback(url))
            {
                failures.Add($"{key} must be an https:// URL (http:// only for a loopback host).");
            }
        }

        if (!o.MicrosoftAppType.Equals(BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase) && !o.IsSingleTenant && !o.IsUserAssignedMsi)
        {
            failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (!o.IsAnonymous && (o.IsSingleTenant || o.IsUserAssignedMsi) && string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required for MicrosoftAppType {o.MicrosoftAppType}.");
        }

        if (o.NamingClashes.Count > 0)
        {
            failures.Add($"Both the Bot Framework and the Agents SDK configuration names are set ({string.Join(", ", o.NamingClashes)}): use one scheme, not both.");
        }

        if (o.UnknownAuthType is { } unknown)
        {
            failures.Add($"{AgentsSdkSettings.Section}:AuthType '{unknown}' is not one of {string.Join(", ", AgentsSdkSettings.AuthTypes.Keys)}.");
        }

        if (!o.IsAnonymous)
        {
            failures.AddRange(CredentialFailures(o));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> CredentialFailures(BotFrameworkOptions o)
    {
        var agents = AgentsSdkSettings.Section + ":";
        switch (o.Credential)
        {
            case BotCredentialKind.ClientSecret when string.IsNullOrEmpty(o.MicrosoftAppPassword):
                yield return $"MicrosoftAppPassword (or {agents}ClientSecret) is required for a client-secret credential ({o.MicrosoftAppType}).";
                break;
            case BotCredentialKind.Certificate when string.IsNullOrWhiteSpace(o.CertificateThumbprint) && string.IsNullOrWhiteSpace(o.CertificatePath):
                yield return $"{agents}CertThumbprint or {agents}CertificatePath is required for AuthType Certificate.";
                break;
            case BotCredentialKind.FederatedCredentials when string.IsNullOrWhiteSpace(o.FederatedClientId):
                yield return $"{agents}FederatedClientId (the managed identity's client id) is required for AuthType FederatedCredentials.";
                break;
            case BotCredentialKind.WorkloadIdentity when string.IsNullOrWhiteSpace(o.FederatedTokenFile):
                yield return $"{agents}FederatedTokenFile (or AZURE_FEDERATED_TOKEN_FILE, set by the AKS workload identity webhook) is required for AuthType WorkloadIdentity.";
                break;
        }

        if (o.Credential is BotCredentialKind.FederatedCredentials or BotCredentialKind.WorkloadIdentity && string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId))
        {
            yield return $"{agents}TenantId is required for AuthType {o.Credential}.";
        }

        if (o.AuthorityEndpoint is { Length: > 0 } authority && !BotFrameworkOptions.IsSecureOrLoopback(authority))
        {
            yield return $"{agents}AuthorityEndpoint must be an https:// URL (http:// only for a loopback host).";
        }
    }
}

/// <summary>How the bot proves itself to Entra for outbound connector tokens.</summary>
public enum BotCredentialKind
{
    ClientSecret,
    Certificate,
    UserManagedIdentity,
    FederatedCredentials,
    WorkloadIdentity,
}

/// <summary>The Microsoft 365 Agents SDK's configuration names (<c>Connections:ServiceConnection:Settings:*</c>), so an
/// Agents SDK bot's settings carry over. Applied after the Bot Framework names are bound; when both schemes are set,
/// the clash is recorded and the validator refuses to start.</summary>
internal sealed class AgentsSdkSettings(IConfiguration configuration) : IConfigureOptions<BotFrameworkOptions>
{
    public const string Section = "Connections:ServiceConnection:Settings";

    public static readonly IReadOnlyDictionary<string, BotCredentialKind> AuthTypes = new Dictionary<string, BotCredentialKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["ClientSecret"] = BotCredentialKind.ClientSecret,
        ["Certificate"] = BotCredentialKind.Certificate,
        ["UserManagedIdentity"] = BotCredentialKind.UserManagedIdentity,
        ["FederatedCredentials"] = BotCredentialKind.FederatedCredentials,
        ["WorkloadIdentity"] = BotCredentialKind.WorkloadIdentity,
    };

    public void Configure(BotFrameworkOptions o)
    {
        if (o.IsUserAssignedMsi)
        {
            o.Credential = BotCredentialKind.UserManagedIdentity;
        }

        var s = configuration.GetSection(Section);
        if (!s.GetChildren().Any(c => !string.IsNullOrWhiteSpace(c.Value) || c.GetChildren().Any()))
        {
            return;
        }

        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                o.NamingClashes.Add(key);
            }
        }

        // MultiTenant is the default every appsettings.json carries; another type is a deliberate Bot Framework setting.
        if (configuration["MicrosoftAppType"] is { Length: > 0 } type && !type.Equals(BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            o.NamingClashes.Add("MicrosoftAppType");
        }

        if (o.NamingClashes.Count > 0)
        {
            o.NamingClashes.Add(Section + ":*");
        }

        var authType = s["AuthType"] is { Length: > 0 } t ? t : "ClientSecret";
        if (!AuthTypes.TryGetValue(authType, out var kind))
        {
            o.UnknownAuthType = authType;
            return;
        }

        // Workload identity: the AKS webhook injects the client id, tenant and token file as environment variables.
        var workload = kind == BotCredentialKind.WorkloadIdentity;
        o.Credential = kind;
        o.MicrosoftAppId = s["ClientId"] ?? (workload ? configuration["AZURE_CLIENT_ID"] : null) ?? string.Empty;
        o.MicrosoftAppPassword = s["ClientSecret"] ?? string.Empty;
        o.AuthorityEndpoint = s["AuthorityEndpoint"];
        o.MicrosoftAppTenantId = s["TenantId"] ?? TenantOf(o.AuthorityEndpoint) ?? (workload ? configuration["AZURE_TENANT_ID"] : null) ?? string.Empty;
        o.MicrosoftAppType = kind == BotCredentialKind.UserManagedIdentity ? BotFrameworkOptions.UserAssignedMsi
            : o.MicrosoftAppTenantId is { Length: > 0 } tenant && !tenant.Equals("botframework.com", StringComparison.OrdinalIgnoreCase) ? BotFrameworkOptions.SingleTenant
            : BotFrameworkOptions.MultiTenant;
        o.CertificateThumbprint = s["CertThumbprint"];
        o.CertificatePath = s["CertificatePath"];
        o.FederatedClientId = s["FederatedClientId"];
        o.FederatedTokenFile = s["FederatedTokenFile"] ?? (workload ? configuration["AZURE_FEDERATED_TOKEN_FILE"] : null);

        // Scopes is a list in the Agents SDK ("Scopes": ["https://api.botframework.com/.default"]); a plain string also works.
        if ((s.GetSection("Scopes").Get<string[]>()?.FirstOrDefault() ?? s["Scopes"]) is { Length: > 0 } scope)
        {
            o.ToChannelFromBotOAuthScope = scope;
        }
    }

    // "https://login.microsoftonline.com/{tenant}" → tenant.
    private static string? TenantOf(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Segments.Length > 1 ? uri.Segments[^1].Trim('/') : null;
}
