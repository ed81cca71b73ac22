using Microsoft.Extensions.Options;

namespace StudyBot.Connector;

public static class ConnectorServices
{
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Bot Framework SDK key names live at the configuration root (MicrosoftAppId, ToBotFrom…), so bind the root.
        services.Configure<BotFrameworkOptions>(configuration);
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddSingleton<AnonymousBotAuthenticator>();
        services.AddSingleton<IBotAuthenticator>(sp => sp.GetRequiredService<AnonymousBotAuthenticator>());
        services.AddSingleton<IConnectorTokenProvider>(sp => sp.GetRequiredService<AnonymousBotAuthenticator>());
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddSingleton<IBotReplyRenderer, MarkdownReplyRenderer>();
        services.AddSingleton<IBotMiddleware, MentionMiddleware>();
        services.AddSingleton<IActivityHandler, StudyBotActivityHandler>();
        services.AddSingleton<BotAdapter>();
        services.AddHostedService<AnonymousModeCheck>();
        return services;
    }
}

/// <summary>Warns about anonymous mode at start, and refuses it in Production (contract).</summary>
internal sealed class AnonymousModeCheck(IOptions<BotFrameworkOptions> options, IHostEnvironment environment, ILogger<AnonymousModeCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsAnonymous)
        {
            return Task.CompletedTask;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("MicrosoftAppId is empty: anonymous Bot Framework traffic is refused in Production. Set MicrosoftAppId/MicrosoftAppPassword, or ASPNETCORE_ENVIRONMENT=Development for local runs.");
        }

        logger.LogWarning("MicrosoftAppId is empty: accepting anonymous Bot Framework traffic ({Environment} only).", environment.EnvironmentName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
