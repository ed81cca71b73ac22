namespace StudyBot.Tests.Support;

/// <summary>Tests that chat with a service started with the default settings on the shared Azurite: a fresh
/// <see cref="BotChat"/> (service + fake connector) for every test, stopped after it.</summary>
public abstract class BotChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite { get; } = azurite;

    protected BotChat Chat { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Chat = await BotChat.StartAsync(Azurite.Settings());

    public async ValueTask DisposeAsync() => await Chat.DisposeAsync();
}
