using StudyBot.Hosting;

namespace StudyBot.Guides;

public static class GuidesServices
{
    public static IServiceCollection AddGuides(this IServiceCollection services)
    {
        services.AddConfiguredOptions<GuidesOptions>(GuidesOptions.Section);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<GuidesOptions>, GuidesOptionsValidator>();
        services.AddSingleton<GuideCatalogProvider>();
        services.AddSingleton<IGuideCatalogProvider>(sp => sp.GetRequiredService<GuideCatalogProvider>());
        services.AddSingleton<GuideSearch>();
        services.AddSingleton<GuideLinks>();
        services.AddSingleton<FollowUps>();
        services.AddSingleton<GuideReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<GuideReloader>());
        services.AddHealthChecks().AddCheck<GuideIndexHealthCheck>("guides", tags: [HostingExtensions.ReadyTag]);
        services.AddSingleton<AnswerFeedbackStore>();
        return services;
    }

    public static void MapGuides(this WebApplication app)
    {
        app.MapAskApi();
        app.MapGuidePages();
        app.MapAnswerFeedback();
    }
}
