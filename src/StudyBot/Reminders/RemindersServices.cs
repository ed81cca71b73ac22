namespace StudyBot.Reminders;

public static class RemindersServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static void MapReminders(this WebApplication app)
    {
    }
}
