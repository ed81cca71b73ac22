namespace StudyBot.Guides;

public static class GuidesServices
{
    public static IServiceCollection AddGuides(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GuidesOptions>(configuration.GetSection("Guides"));
        services.AddSingleton<GuideCatalogProvider>();
        services.AddSingleton<IGuideCatalogProvider>(sp => sp.GetRequiredService<GuideCatalogProvider>());
        return services;
    }

    public static void MapGuides(this WebApplication app)
    {
    }
}
