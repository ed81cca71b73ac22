using Microsoft.Extensions.Http.Resilience;
using Polly;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Slack;

public static class SlackServices
{
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddConfiguredOptions<SlackOptions>(SlackOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.ClientId) || SlackTokenCipher.IsValidKey(o.TokenEncryptionKey), "Slack:ClientId is set, so Slack:TokenEncryptionKey must be base64 of 32 random bytes (e.g. `openssl rand -base64 32`)")
            .Validate(o => o.PreviousTokenEncryptionKeys.All(SlackTokenCipher.IsValidKey), "each of Slack:PreviousTokenEncryptionKeys must be base64 of 32 bytes");
        services.AddSingleton<SlackCommandSyntax>();
        services.AddSingleton<IChannelCommandSyntax>(sp => sp.GetRequiredService<SlackCommandSyntax>());
        services.AddSingleton<SlackUserLocales>();
        services.AddSingleton<SlackHomeTab>();
        services.AddSingleton<SlackTokenCipher>();
        services.AddSingleton<SlackInstallations>();
        services.AddSingleton<SlackWorkspaceLifecycle>();
        services.AddSingleton<SlackOAuthEndpoints>();
        services.AddSingleton<SlackRateLimits>();
        services.AddTransient<SlackRateLimitHandler>();
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
        // Pacing sits inside the resilience handler, so every attempt (retries too) waits for its method's tier.
        // No HttpClient request logging on this client: its trace-level header lines carry the Authorization values (bot
        // tokens, the client secret) as structured state, unredacted, for any sink that exports state.
        var apiClient = services.AddHttpClient(SlackApiClient.HttpClientName).RemoveAllLoggers();
        apiClient.AddStandardResilienceHandler(ConfigureResilience);
        apiClient.AddHttpMessageHandler<SlackRateLimitHandler>();
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
        slack.MapPost("/events", (HttpContext http, SlackEventsEndpoint endpoint) => endpoint.HandleAsync(http));
        slack.MapPost("/interactions", (HttpContext http, SlackInteractionsEndpoint endpoint) => endpoint.Handle(http));

        // OAuth install: browser GETs, not signed by Slack (the state parameter is what is checked).
        app.MapGet("/api/slack/install", (HttpContext http, SlackOAuthEndpoints endpoints) => endpoints.Install(http));
        app.MapGet("/" + SlackOAuthEndpoints.CallbackPath, (HttpContext http, SlackOAuthEndpoints endpoints) => endpoints.CallbackAsync(http));
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions o)
    {
        o.Retry.MaxRetryAttempts = 3;
        o.Retry.Delay = TimeSpan.FromSeconds(1);
        o.Retry.UseJitter = true;
        // Every Web API method and response_url is a POST: a timed-out one may have posted (RetrySafety).
        o.Retry.ShouldHandle = args => ValueTask.FromResult(RetrySafety.ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome));
        o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
    }
}
