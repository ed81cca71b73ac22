namespace StudyBot.Connector;

/// <summary>Azure Bot settings, bound from the configuration root with the Bot Framework SDK's own key names.</summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Anonymous mode: no app id, so inbound tokens are optional and outbound calls carry none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Largest accepted activity body (contract: 256 KB).</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
