namespace StudyBot.WebChat;

public static class WebChatServices
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        return services;
    }

    public static void MapWebChat(this WebApplication app)
    {
    }
}
