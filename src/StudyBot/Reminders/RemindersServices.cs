using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using StudyBot.Guides;
using StudyBot.Hosting;
using StudyBot.Storage;

namespace StudyBot.Reminders;

public static class RemindersServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConfiguredOptions<RemindersOptions>(RemindersOptions.Section);
        services.AddSingleton<RoadmapProvider>();
        services.AddSingleton<ICourseSchedule>(sp => sp.GetRequiredService<RoadmapProvider>());
        services.AddHostedService<RoadmapValidation>();
        services.AddSingleton<ReminderMessages>();
        services.Replace(ServiceDescriptor.Singleton<StudyBot.Checklist.ICheckpointCalendar, RoadmapCheckpoints>()); // over GuideOrderCalendar.AddDefault's
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<IReminderTransport, BotFrameworkReminderTransport>();
        services.AddSingleton<IReminderTransport, SlackReminderTransport>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<ReminderScheduler>();

        services.AddQuartz(q =>
        {
            var job = new JobKey("reminders-tick");
            q.AddJob<ReminderTickJob>(j => j.WithIdentity(job));

            // Second 0 of every minute; slot times are whole minutes in each cohort's zone.
            q.AddTrigger(t => t.ForJob(job).WithIdentity("reminders-tick-trigger").WithCronSchedule("0 * * * * ?"));
            q.AddStorageRetention(configuration);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        return services;
    }

    public static void MapReminders(this WebApplication app) => app.MapReminderAdmin();
}
