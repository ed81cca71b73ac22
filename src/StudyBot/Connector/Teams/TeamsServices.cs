using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Connector.Cards;

namespace StudyBot.Connector.Teams;

public static class TeamsServices
{
    /// <summary>Adaptive Card replies and the Teams handler. Call after <c>AddConnector</c> (it replaces the
    /// markdown-only renderer and wraps the activity handler).</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IBotReplyRenderer, AdaptiveCardReplyRenderer>());
        services.AddSingleton<StudyBotActivityHandler>();
        services.Replace(ServiceDescriptor.Singleton<IActivityHandler, TeamsActivityHandler>());

        // The reminders capability registers its own implementation (stored subscriptions); this one only fills in.
        services.TryAddSingleton<IConversationLifecycle, NoOpConversationLifecycle>();
        return services;
    }
}
