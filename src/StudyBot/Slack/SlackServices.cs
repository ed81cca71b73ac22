namespace StudyBot.Slack;

public static class SlackServices
{
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static void MapSlack(this WebApplication app)
    {
    }
}
