namespace StudyBot.Storage;

/// <summary><c>Storage:*</c> and <c>ConnectionStrings:Tables</c>.</summary>
public sealed class StorageOptions
{
    /// <summary><c>ConnectionStrings:Tables</c>; the default is Azurite.</summary>
    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>With no connection string: the table endpoint, used with <c>DefaultAzureCredential</c> (managed identity).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Prefix of every table name (lets tests and environments share one account).</summary>
    public string TablePrefix { get; set; } = string.Empty;

    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";
}
