namespace StudyBot.Storage;

/// <summary>Table keys may not contain '/', '\', '#', '?' or control characters; conversation ids, user ids and section
/// keys can. The one escaping of StudyBot's keys: reversible, and keeps the keys' sort order within plain ids.</summary>
public static class TableKeys
{
    public static string Escape(string s) => Uri.EscapeDataString(s).Replace("%", "!", StringComparison.Ordinal);
}
