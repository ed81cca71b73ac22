using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StudyBot.Testing;

/// <summary>A real Azurite table service (npm package, installed in the repo's node_modules by the test command) on a
/// free loopback port, in memory. <c>STUDYBOT_TEST_TABLES</c> points tests at an already running store instead. Its
/// port is <see cref="ReservedPort">reserved</see> until disposed: while it is stopped (outage tests) connections are
/// refused and no other server can take the port, so it comes back on it.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _location;
    private readonly ReservedPort? _port;
    private ServerProcess? _process;

    private AzuriteServer(ReservedPort? port, string? location, string? external)
    {
        _port = port;
        Port = port?.Port ?? 0;
        _location = location;
        ConnectionString = external ?? ConnectionStringAt(Port);
    }

    /// <summary>The connection string of Azurite's development account (its well-known key) at 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringAt(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public int Port { get; }

    public string ConnectionString { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Settings that point a StudyBot host at this store with tables of its own (a fresh prefix each call, so
    /// tests and runs sharing the store never see each other's rows), plus the caller's keys.</summary>
    public Dictionary<string, string?> Settings(params IEnumerable<(string Key, string? Value)> values) =>
        TestSettings.Storage(ConnectionString, NewTablePrefix()).With(values);

    /// <summary>A table-name prefix no other caller gets (a letter, then letters and digits: Azure table names are alphanumeric).</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <param name="persistent">Keep data in a temp folder so it survives <see cref="StopAsync"/>/<see cref="StartAgainAsync"/>
    /// (outage tests); otherwise in memory.</param>
    public static async Task<AzuriteServer> StartAsync(bool persistent = false)
    {
        if (!persistent && Environment.GetEnvironmentVariable("STUDYBOT_TEST_TABLES") is { Length: > 0 } external)
        {
            return new AzuriteServer(null, null, external);
        }

        var location = persistent ? Directory.CreateTempSubdirectory("studybot-azurite-").FullName : null;
        var server = new AzuriteServer(ReservedPort.Take(), location, null);
        try
        {
            await server.StartAgainAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Starts (again) on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var root = ContentPaths.FindContentRoot();
        var bin = Path.Combine(root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException($"Azurite is not installed at {bin}: run the README's test command (scripts/test.sh), which runs 'npm ci'.");
        }

        var args = $"--disableTelemetry --skipApiVersionCheck --silent --tableHost 127.0.0.1 --tablePort {Port} "
                   + (_location is null ? "--inMemoryPersistence" : $"--location \"{_location}\"");
        _process = await ServerProcess.StartAsync(new ProcessStartInfo(bin, args), Port, "azurite", TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops the store (outage tests). <paramref name="graceful"/>: as Ctrl+C does, so Azurite saves its data
    /// file first (a persistent store then loses nothing it acknowledged); otherwise a hard kill.</summary>
    public async Task StopAsync(bool graceful = false)
    {
        if (_process is { } process)
        {
            await process.StopAsync(graceful);
            await process.DisposeAsync();
        }

        _process = null;
    }

    /// <summary>Hangs the store (it accepts connections and never answers) or lets it answer again.</summary>
    public void Freeze(bool frozen) => (_process ?? throw new InvalidOperationException("azurite is not running")).Freeze(frozen);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _port?.Dispose();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
