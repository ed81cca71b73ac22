using System.Security.Cryptography;
using System.Text;

namespace StudyBot.Storage;

/// <summary>Table keys may not contain '/', '\', '#', '?' or control characters; conversation ids, user ids and section
/// keys can. The one escaping of StudyBot's keys: keeps the keys' sort order within plain ids, and is bounded — a
/// partition or row key may be at most 1 KiB, and keys combine several escaped parts (learner = channel~tenant~user).</summary>
public static class TableKeys
{
    /// <summary>Longest escaped part. Real ids are far shorter; a longer one (hostile, or non-Latin text escaped to
    /// nine characters per letter) becomes a prefix plus a hash of the whole value, so it still names one key.</summary>
    public const int MaxPartLength = 200;

    public static string Escape(string s)
    {
        // '~' separates the parts of a composite key (learner = channel~tenant~user), so inside a part it is escaped too:
        // ("a~b", "c") and ("a", "b~c") must not make the same key.
        var escaped = Uri.EscapeDataString(s).Replace("%", "!", StringComparison.Ordinal).Replace("~", "!7E", StringComparison.Ordinal);
        if (escaped.Length <= MaxPartLength)
        {
            return escaped;
        }

        // "!h" never occurs in a short escaped value ('!' is always followed by two upper-case hex digits there).
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..40];
        return string.Concat(escaped.AsSpan(0, MaxPartLength - hash.Length - 2), "!h", hash);
    }
}
