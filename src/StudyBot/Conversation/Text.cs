using System.Globalization;
using System.Text;

namespace StudyBot.Conversation;

/// <summary>Small text helpers shared by commands (normalising ids, fuzzy matching).</summary>
public static class Text
{
    /// <summary>Levenshtein distance (case-sensitive; normalise first).</summary>
    public static int EditDistance(string a, string b) => EditDistance(a, b, int.MaxValue - 1);

    /// <summary>Levenshtein distance, or <paramref name="max"/> + 1 as soon as it is certain to exceed
    /// <paramref name="max"/> (lengths too far apart, or a whole row over it): callers that only keep close matches
    /// pay for close candidates only.</summary>
    public static int EditDistance(string a, string b, int max) => Distance(a, b, max, swaps: false);

    /// <summary>Edit distance counting two neighbouring letters swapped as one edit (optimal string alignment: a fast
    /// typist's commonest slip, "terrafrom", is one edit, not two), or <paramref name="max"/> + 1 as soon as it is certain
    /// to exceed <paramref name="max"/>.</summary>
    public static int SlipDistance(string a, string b, int max) => Distance(a, b, max, swaps: true);

    private static int Distance(string a, string b, int max, bool swaps)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var before = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cur[j] = Math.Min(cur[j], before[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, cur[j]);
            }

            // A swap reaches back two rows, so a row over the bound is final only when the row before it is too.
            if (rowMin > max && (!swaps || prev.Min() > max))
            {
                return max + 1;
            }

            (before, prev, cur) = (prev, cur, before);
        }

        return prev[b.Length];
    }

    /// <summary>Longest piece of a user's own text a reply quotes back (an unknown command or id): enough to recognise
    /// it, never a whole pasted message.</summary>
    public const int MaxEcho = 64;

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> chars ending in "…", never splitting a
    /// surrogate pair.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>Columns <paramref name="rune"/> takes in a line: 2 for East Asian wide and full-width characters
    /// (Hangul, CJK, kana, full-width forms) and emoji, 1 for the rest, 0 for combining marks and joiners.</summary>
    public static int Columns(Rune rune) => rune.Value switch
    {
        0x200D or (>= 0xFE00 and <= 0xFE0F) => 0,
        _ when Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
        >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF
            or >= 0x20000 and <= 0x3FFFD or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C or 0x2B1B or 0x2B1C or 0x2B50 => 2,
        _ => 1,
    };

    /// <summary>Columns <paramref name="text"/> takes in a line (see <see cref="Columns(Rune)"/>).</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Columns(rune);
        }

        return columns;
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="columns"/> display columns ending in "…" (Hangul
    /// and CJK count two), whole characters only, trailing spaces before the "…" dropped; one pass.</summary>
    public static string ClipColumns(string text, int columns)
    {
        var used = 0;
        var fitsUpTo = 0; // chars that fit with room left for the "…"
        foreach (var rune in text.EnumerateRunes())
        {
            var width = Columns(rune);
            if (used + width > columns)
            {
                return text[..fitsUpTo].TrimEnd() + "…";
            }

            used += width;
            if (used <= columns - 1)
            {
                fitsUpTo += rune.Utf16SequenceLength;
            }
        }

        return text;
    }

    /// <summary>Longest id a channel may send (user, conversation, tenant, team, Slack event/trigger ids). Teams
    /// conversation ids with a thread suffix are about 100 characters; Slack ids a dozen.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Shaped like an id a channel sends: 1–<see cref="MaxIdLength"/> characters, no control characters. Ids
    /// become storage keys, log fields and connector paths, so every edge refuses others (400).</summary>
    public static bool IsId(string id) => id.Length is > 0 and <= MaxIdLength && !id.Any(char.IsControl);

    /// <summary>User text as a reply may quote it (see <see cref="MaxEcho"/>).</summary>
    public static string Echo(string text) => Clip(text, MaxEcho);

    /// <summary>Folds full-width forms to half-width, drops invisible format characters and lower-cases (NFKC +
    /// <see cref="Visible"/> + invariant lower): every comparison of what a learner typed goes through here.</summary>
    public static string Fold(string s) => Visible(s.Normalize(NormalizationForm.FormKC)).ToLower(CultureInfo.InvariantCulture);

    /// <summary>The text without format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, BOM,
    /// word joiner, direction marks). They render as nothing, but text pasted from Slack, Teams or a web page carries
    /// them, and NFKC keeps them: "k8s-operator\u200B" or "말고\u200B" would otherwise be another word than the one
    /// the learner sees. One pass; the input itself when it has none.</summary>
    public static string Visible(string s)
    {
        var first = 0;
        while (first < s.Length && char.GetUnicodeCategory(s[first]) != UnicodeCategory.Format)
        {
            first++;
        }

        if (first == s.Length)
        {
            return s;
        }

        var kept = new StringBuilder(s.Length).Append(s, 0, first);
        for (var i = first + 1; i < s.Length; i++)
        {
            if (char.GetUnicodeCategory(s[i]) != UnicodeCategory.Format)
            {
                kept.Append(s[i]);
            }
        }

        return kept.ToString();
    }
}
