using StudyBot.Hosting;

namespace StudyBot.Conversation;

public static class ConversationServices
{
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddConfiguredOptions<DialogOptions>(DialogOptions.Section);
        services.AddSingleton<Dialogs>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton(sp => new CommandSyntax(sp.GetServices<IChannelCommandSyntax>(), sp.GetServices<CommandDescriptor>()));
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<LearnerLocales>();
        return services;
    }
}
