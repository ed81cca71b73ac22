namespace StudyBot.Guides;

public static class GuidesServices
{
    public static IServiceCollection AddGuides(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static void MapGuides(this WebApplication app)
    {
    }
}
