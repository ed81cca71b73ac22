namespace StudyBot.Tests.Support;

/// <summary>A table store of the test's own that can go away mid-run: a persistent Azurite (data on disk), stopped as
/// Ctrl+C stops it (so it keeps what it acknowledged) and started again on the same port and data.</summary>
public sealed class OutageStorage : IAsyncDisposable
{
    /// <summary>What a chat turn says when it needed storage and storage did not answer.</summary>
    public const string TryAgainKo = "저장소에 연결할 수 없어";

    public const string TryAgainEn = "Storage is unavailable";

    private OutageStorage(AzuriteServer server) => Server = server;

    public AzuriteServer Server { get; }

    /// <summary>Settings that point a StudyBot host at this store.</summary>
    public Dictionary<string, string?> Settings() => TestSettings.Storage(Server.ConnectionString, "outage");

    public static async Task<OutageStorage> StartAsync() => new(await AzuriteServer.StartAsync(persistent: true));

    public Task GoAwayAsync() => Server.StopAsync(graceful: true);

    public Task ComeBackAsync() => Server.StartAgainAsync();

    /// <summary>Storage hangs instead of going away: connections are accepted and never answered.</summary>
    public void Hang() => Server.Freeze(true);

    public void Answer() => Server.Freeze(false);

    /// <summary>Polls <c>/readyz</c> until it answers <paramref name="expected"/> (its answer is reused for a moment).</summary>
    public static async Task<string> ReadinessAsync(HttpClient bot, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await bot.GetAsync("readyz", TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, response.StatusCode);
                return body;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
