using System.Reflection;
using Azure.Data.Tables;

namespace StudyBot.Storage;

/// <summary>Rows whose columns are a record's own properties, by name: a store whose row is its record as it is (no
/// formats, no derived columns) writes and reads it here instead of declaring every column again in a row class and
/// copying each one both ways.</summary>
public static class RecordRows<T>
    where T : class
{
    // Public properties with a public setter (init included); computed properties are not columns.
    private static readonly PropertyInfo[] Columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
        .ToArray();

    /// <summary>The row of <paramref name="record"/>: a column per property that has a value.</summary>
    public static TableEntity ToRow(T record, string partitionKey, string rowKey)
    {
        var row = new TableEntity(partitionKey, rowKey);
        foreach (var column in Columns)
        {
            if (column.GetValue(record) is { } value)
            {
                row[column.Name] = value;
            }
        }

        return row;
    }

    /// <summary>The record a row holds; a property whose column the row lacks keeps its default.</summary>
    public static T FromRow(TableEntity row)
    {
        // Every property is set from its column here, so the record's required members are this method's to fill.
        var record = (T)Activator.CreateInstance(typeof(T))!;
        foreach (var column in Columns)
        {
            if (row.TryGetValue(column.Name, out var value) && value is not null)
            {
                column.SetValue(record, value is DateTime utc ? new DateTimeOffset(utc) : value);
            }
        }

        return record;
    }
}
