[assembly: AssemblyFixture(typeof(StudyBot.Tests.Support.AzuriteFixture))]

namespace StudyBot.Tests.Support;

/// <summary>One in-memory Azurite for the whole test run; each test isolates its data with <see cref="NewPrefix"/>.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;
    private int _next;

    public string ConnectionString => _server!.ConnectionString;

    /// <summary>A fresh table-name prefix (letters only; Azure table names are alphanumeric).</summary>
    public string NewPrefix()
    {
        var n = Interlocked.Increment(ref _next);
        return "t" + Guid.NewGuid().ToString("N")[..6] + n;
    }

    /// <summary>Settings that point a StudyBot host at this store with its own tables, plus the test's own keys.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] values) =>
        TestSettings.Storage(ConnectionString, NewPrefix()).With(values);

    public async ValueTask InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
