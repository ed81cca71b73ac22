namespace StudyBot.Tests.Support;

/// <summary>Tests against a service started for every test on the shared Azurite and stopped after it: with the
/// default settings, unless the class starts it its own way (<see cref="StartAsync"/>).</summary>
public abstract class StudyBotHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite { get; } = azurite;

    protected StudyBotHost Bot { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Bot = await StartAsync();

    public virtual async ValueTask DisposeAsync() => await Bot.DisposeAsync();

    protected virtual Task<StudyBotHost> StartAsync() => StudyBotHost.StartAsync(Azurite.Settings());
}
