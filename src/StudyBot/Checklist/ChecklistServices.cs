namespace StudyBot.Checklist;

public static class ChecklistServices
{
    public static IServiceCollection AddChecklist(this IServiceCollection services)
    {
        services.AddSingleton<CompletionStore>();
        services.AddSingleton<NextItems>();
        GuideOrderCalendar.AddDefault(services);
        return services;
    }

    public static void MapChecklist(this WebApplication app) => app.MapChecklistApi();
}
