namespace StudyBot.Conversation;

public static class ConversationServices
{
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DialogOptions>(configuration.GetSection("Dialogs"));
        services.AddSingleton<Dialogs>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<TurnRunner>();
        services.AddCommand<HelpCommand>();
        services.AddCommand<WhoAmICommand>();
        return services;
    }
}
