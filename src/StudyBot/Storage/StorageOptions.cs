using StudyBot.Hosting;

namespace StudyBot.Storage;

/// <summary><c>Storage:*</c> and <c>ConnectionStrings:Tables</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>ConnectionStrings:Tables</c>; the default is Azurite.</summary>
    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>With no connection string: the table endpoint, used with <c>DefaultAzureCredential</c> (managed identity).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Prefix of every table name (lets tests and environments share one account).</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>How long rows read on every turn and rarely changed (a conversation's cohort, a cohort, a learner's
    /// cohort) are reused before they are read again; another replica's change shows after at most this long.</summary>
    [NotNegative] public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one chat turn or HTTP request may wait for table storage in all (<see cref="StorageDeadline"/>):
    /// storage that accepts connections and never answers then gets the learner "try again" and the caller 503 within the
    /// channel's own timeout (Bot Framework gives up after about 15 s). Zero: unbounded.</summary>
    [NotNegative] public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";
}
