using StudyBot.Conversation;

namespace StudyBot.Checklist;

public static class ChecklistServices
{
    public static IServiceCollection AddChecklist(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CompletionStore>();
        services.AddSingleton<NextItems>();
        GuideOrderCalendar.AddDefault(services);
        services.AddCommand<DoneCommand>();
        services.AddCommand<UndoCommand>();
        services.AddCommand<ProgressCommand>();
        services.AddCommand<ChecklistCommand>();
        services.AddCommand<ForgetMeCommand>();
        return services;
    }

    public static void MapChecklist(this WebApplication app) => app.MapChecklistApi();
}
