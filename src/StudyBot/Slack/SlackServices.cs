using Microsoft.Extensions.Http.Resilience;

namespace StudyBot.Slack;

public static class SlackServices
{
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlackOptions>(configuration.GetSection(SlackOptions.Section));
        services.AddSingleton<SlackWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.AddSingleton<SlackDeliveries>();
        services.AddSingleton<SlackTurns>();
        services.AddSingleton<SlackResponseUrls>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<ISlackMessenger>(sp => sp.GetRequiredService<SlackApiClient>());
        services.AddSingleton<SlackCommandEndpoint>();
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<SlackInteractionsEndpoint>();

        // 429 waits for Retry-After (the standard retry honours it); ok:false errors arrive as HTTP 200 and are not retried.
        services.AddHttpClient(SlackApiClient.HttpClientName).AddStandardResilienceHandler(ConfigureResilience);
        // No redirects: a response_url is checked before the post, and a redirect would lead past that check.
        services.AddHttpClient(SlackTurns.ResponseUrlClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddStandardResilienceHandler(ConfigureResilience);
        return services;
    }

    public static void MapSlack(this WebApplication app)
    {
        var slack = app.MapGroup("/api/slack").AddEndpointFilter<SlackRequestFilter>();
        slack.MapPost("/commands", (HttpContext http, SlackCommandEndpoint endpoint) => endpoint.HandleAsync(http));
        slack.MapPost("/events", (HttpContext http, SlackEventsEndpoint endpoint) => endpoint.Handle(http));
        slack.MapPost("/interactions", (HttpContext http, SlackInteractionsEndpoint endpoint) => endpoint.Handle(http));
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions o)
    {
        o.Retry.MaxRetryAttempts = 3;
        o.Retry.Delay = TimeSpan.FromSeconds(1);
        o.Retry.UseJitter = true;
        o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
    }
}
