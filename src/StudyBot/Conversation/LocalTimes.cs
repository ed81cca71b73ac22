using System.Globalization;

namespace StudyBot.Conversation;

/// <summary>Times as a cohort reads them: its own zone, named (<c>09:00 KST</c>, <c>09:00 EST</c> / <c>EDT</c>).
/// .NET knows zone ids and offsets but no abbreviations, so the zones cohorts use carry theirs here; any other zone is
/// named by its offset (<c>UTC+05:30</c>).</summary>
public static class LocalTimes
{
    // IANA id → (standard, daylight) abbreviation.
    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Asia/Seoul"] = ("KST", "KDT"),
        ["Asia/Tokyo"] = ("JST", "JDT"),
        ["Asia/Shanghai"] = ("CST", "CDT"),
        ["Asia/Singapore"] = ("SGT", "SGT"),
        ["Asia/Kolkata"] = ("IST", "IST"),
        ["America/New_York"] = ("EST", "EDT"),
        ["America/Chicago"] = ("CST", "CDT"),
        ["America/Denver"] = ("MST", "MDT"),
        ["America/Los_Angeles"] = ("PST", "PDT"),
        ["Europe/London"] = ("GMT", "BST"),
        ["Europe/Berlin"] = ("CET", "CEST"),
        ["Europe/Paris"] = ("CET", "CEST"),
        ["Australia/Sydney"] = ("AEST", "AEDT"),
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
    };

    /// <summary>The zone's name at <paramref name="at"/>: its abbreviation (daylight or standard), else its offset.</summary>
    public static string ZoneName(TimeZoneInfo zone, DateTimeOffset at)
    {
        if (Abbreviations.TryGetValue(zone.Id, out var names)
            || (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) && Abbreviations.TryGetValue(iana, out names)))
        {
            return zone.IsDaylightSavingTime(at) ? names.Daylight : names.Standard;
        }

        var offset = zone.GetUtcOffset(at);
        return offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary><c>2026-03-02 09:00 KST</c>: the instant in the zone, with the zone's name.</summary>
    public static string DateTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName(zone, at);

    /// <summary><c>09:00 KST</c>: a wall-clock time of the zone on <paramref name="date"/>.</summary>
    public static string Time(TimeOnly time, DateOnly date, TimeZoneInfo zone) =>
        time.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName(zone, new DateTimeOffset(date.ToDateTime(time), zone.GetUtcOffset(date.ToDateTime(time))));
}
