namespace StudyBot.Checklist;

public static class ChecklistServices
{
    public static IServiceCollection AddChecklist(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static void MapChecklist(this WebApplication app)
    {
    }
}
