using Microsoft.AspNetCore.Cors.Infrastructure;
using Polly;
using Microsoft.Extensions.Options;
using StudyBot.Connector;
using StudyBot.Hosting;

namespace StudyBot.WebChat;

public static class WebChatServices
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IHostEnvironment environment)
    {
        // Whether Web Chat is on is read when the app is built (tests and hosts add configuration after this call).
        services.AddConfiguredOptions<WebChatOptions>(WebChatOptions.Section)
            .PostConfigure(o => o.Enabled ??= environment.IsDevelopment());
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<Transcripts>();
        services.AddSingleton<LoopbackCredential>();
        services.AddSingleton<DirectLineBridge>();
        services.AddSingleton<LoopbackConnector>();
        services.AddHttpClient(DirectLineBridge.HttpClientName)
            .AddResilienceHandler("directline-bot", (b, context) =>
                b.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.BotTimeout)); // no retry: a turn must not run twice
        // Same-origin unless WebChat:AllowedOrigins lists others (read when the first request is served, after hosts and
        // tests added their configuration).
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) =>
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, p => p.WithOrigins([.. webChat.Value.AllowedOrigins]).AllowAnyHeader().WithMethods("GET", "POST")));

        // The service talks to itself on the built-in channel: with an app id, calls to its own base URL carry the
        // loopback secret instead of a Bot Framework token, and /api/messages accepts the bridge's activities with it.
        Decorate<IConnectorClient>(services, (sp, inner) => ActivatorUtilities.CreateInstance<LoopbackConnectorClient>(sp, inner));
        Decorate<IBotAuthenticator>(services, (sp, inner) => ActivatorUtilities.CreateInstance<LoopbackBotAuthenticator>(sp, inner));
        return services;
    }

    public static void MapWebChat(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled != true)
        {
            return;
        }

        app.UseCors();
        app.MapDirectLine();
        app.MapLoopbackConnector();
        app.MapWebChatPage();
    }

    /// <summary>Wraps the current registration of <typeparamref name="TService"/> (whatever the connector registered).</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
                    ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before AddWebChat");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Create(sp, inner)), inner.Lifetime));
    }

    private static object Create(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.GetServiceOrCreateInstance(sp, d.ImplementationType!);
}
