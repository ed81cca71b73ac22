[assembly: AssemblyFixture(typeof(StudyBot.Tests.Support.AzuriteFixture))]

namespace StudyBot.Tests.Support;

/// <summary>One in-memory Azurite for the whole test run; each test isolates its data with <see cref="Settings"/> (tables of its own).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public string ConnectionString => _server!.ConnectionString;

    /// <inheritdoc cref="AzuriteServer.Settings"/>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] values) => _server!.Settings(values);

    public async ValueTask InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
