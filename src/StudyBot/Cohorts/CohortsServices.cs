using StudyBot.Cohorts.Dashboard;
using StudyBot.Connector;
using StudyBot.Connector.Teams;

namespace StudyBot.Cohorts;

public static class CohortsServices
{
    /// <summary>Cohorts, subscriptions, membership and the learner→cohort resolution. Call after <c>AddTeams</c> (it
    /// replaces the no-op conversation lifecycle).</summary>
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddSingleton<CohortStore>();
        services.AddSingleton<LearnerStore>();
        services.AddSingleton<ICohortDirectory, CohortDirectory>();
        services.AddSingleton<LearnerCohortResolver>();
        services.AddSingleton<SubscriptionRefresher>();
        services.AddSingleton<IBotMiddleware>(sp => sp.GetRequiredService<SubscriptionRefresher>());
        services.AddSingleton<IConversationLifecycle>(sp => sp.GetRequiredService<SubscriptionRefresher>());
        services.AddSingleton<CohortService>();
        services.AddSingleton<ICohortProgressService, CohortProgressService>();
        services.AddSingleton<IDashboardSource, CohortDashboardSource>();
        services.AddSingleton<DashboardAccess>();
        return services;
    }

    public static void MapCohorts(this WebApplication app)
    {
        app.MapCohortAdmin();
        app.MapCohortProgress();
        app.MapDashboard();
    }
}
