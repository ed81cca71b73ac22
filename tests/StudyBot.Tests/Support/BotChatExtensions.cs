namespace StudyBot.Tests.Support;

public static class BotChatExtensions
{
    /// <summary>The guides the service loaded (items, titles, tracks).</summary>
    public static GuideCatalog Catalog(this BotChat chat) => chat.Services.GetRequiredService<IGuideCatalogProvider>().Current;
}
