using Microsoft.Extensions.Options;

namespace StudyBot.Connector;

/// <summary>Azure Bot settings, bound from the configuration root with the Bot Framework SDK's own key names.</summary>
public sealed class BotFrameworkOptions
{
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

    /// <summary>serviceUrls that may receive the bot's token before any authenticated activity named them (e.g. a
    /// Teams region for proactive messages). Besides these, only serviceUrls of authenticated activities are trusted.</summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    /// <summary>Anonymous mode: no app id, so inbound tokens are optional and outbound calls carry none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public bool IsUserAssignedMsi => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    /// <summary>Largest accepted activity body (contract: 256 KB).</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>True for <c>https://</c> URLs and for <c>http://</c> ones on a loopback host (local tests, the
    /// contract's only exception): metadata, keys and tokens never travel in clear text over a network.</summary>
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

        if (!o.IsAnonymous && !o.IsUserAssignedMsi && string.IsNullOrEmpty(o.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {o.MicrosoftAppType}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
