using Azure;
using Azure.Data.Tables;

namespace StudyBot.Storage;

/// <summary>The keys and system columns every stored row has; a store's row types add their own columns.</summary>
public abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
