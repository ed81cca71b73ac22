using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Conversation;

public static class ConversationServices
{
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DialogOptions>(configuration.GetSection("Dialogs"));
        services.AddSingleton<Dialogs>();
        services.AddSingleton<CommandRouter>();
        services.AddCommand<HelpCommand>();

        // Replaced by Reminders (cohorts) and Checklist (progress) with plain AddSingleton registrations.
        services.TryAddSingleton<ICohortDirectory, NoCohorts>();
        services.TryAddSingleton<ICohortProgressQuery, NoCohorts>();
        return services;
    }
}
