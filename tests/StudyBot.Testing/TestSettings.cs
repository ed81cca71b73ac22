namespace StudyBot.Testing;

/// <summary>Configuration of a service under test: where its tables are, plus the keys the test or benchmark sets.
/// <code>StudyBotHost.StartAsync(azurite.Settings(("RateLimits:Ask:TokenLimit", "3")))</code></summary>
public static class TestSettings
{
    /// <summary>Sets each key of <paramref name="values"/> on <paramref name="settings"/> (a later one wins) and returns it.</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, params IEnumerable<(string Key, string? Value)> values)
    {
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A per-client rate limit (<c>RateLimits:{policy}</c>) of <paramref name="requests"/> that does not refill
    /// while a test runs (one more an hour).</summary>
    public static (string Key, string? Value)[] RateLimit(string policy, int requests) =>
    [
        ($"RateLimits:{policy}:TokenLimit", requests.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"RateLimits:{policy}:TokensPerPeriod", "1"),
        ($"RateLimits:{policy}:Period", "01:00:00"),
    ];

    /// <summary>Settings that point a StudyBot host at the table store of <paramref name="connectionString"/>, its table
    /// names prefixed with <paramref name="tablePrefix"/> (letters and digits: each test or run its own tables). A turn
    /// may wait for storage a minute (<c>Storage:TurnTimeout</c>; the service's default is 10 s): tests share a loaded
    /// 2-core box with other suites, where 400 turns at once can take longer than the channel's budget without storage
    /// being hung; the tests of the turn limit (<c>HungStorageThreats</c>) set their own.</summary>
    public static Dictionary<string, string?> Storage(string connectionString, string tablePrefix) => new()
    {
        ["ConnectionStrings:Tables"] = connectionString,
        ["Storage:TablePrefix"] = tablePrefix,
        ["Storage:TurnTimeout"] = "00:01:00",
    };
}
