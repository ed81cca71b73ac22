using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Connector;

public static class ConnectorServices
{
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddConfiguredOptions<BotFrameworkOptions>(BotFrameworkOptions.Section);
        services.AddSingleton<IConfigureOptions<BotFrameworkOptions>, AgentsSdkSettings>();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddConfiguredOptions<ConnectorResilienceOptions>(ConnectorResilienceOptions.Section);
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .AddHttpMessageHandler(sp => new ConnectorTokenProvider.LoopbackHttpAuthorityHandler(sp.GetRequiredService<IOptions<BotFrameworkOptions>>()));
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<IBotAuthenticator>(sp => sp.GetRequiredService<BotFrameworkAuthenticator>());
        services.AddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddConfiguredOptions<ServiceUrlTrustOptions>(ServiceUrlTrustOptions.Section);
        services.AddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddSingleton<IBotReplyRenderer, MarkdownReplyRenderer>();
        services.AddSingleton<IBotMiddleware, MentionMiddleware>();
        services.AddSingleton<IActivityHandler, StudyBotActivityHandler>();
        services.AddSingleton<BotAdapter>();
        services.AddHostedService<BotFrameworkStartup>();
        return services;
    }
}

/// <summary>At start: with auth on, fetches the signing keys in the background; in anonymous mode, warns — and
/// refuses to start in Production, where an anonymous bot would take anyone's activities for a channel's.</summary>
internal sealed class BotFrameworkStartup(IOptions<BotFrameworkOptions> options, BotFrameworkAuthenticator authenticator, IHostEnvironment environment, ILogger<BotFrameworkStartup> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsAnonymous)
        {
            logger.LogInformation("Bot Framework auth on: {AppType} app {AppId}, outbound credential {Credential}", options.Value.MicrosoftAppType, options.Value.MicrosoftAppId, options.Value.Credential);
            _ = authenticator.WarmUpAsync(_stopping.Token); // not awaited: start does not depend on the identity provider
            return Task.CompletedTask;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("MicrosoftAppId is empty: anonymous Bot Framework traffic is refused in Production. Set MicrosoftAppId/MicrosoftAppPassword, or ASPNETCORE_ENVIRONMENT=Development for local runs.");
        }

        logger.LogWarning("MicrosoftAppId is empty: accepting anonymous Bot Framework traffic ({Environment} only).", environment.EnvironmentName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}
