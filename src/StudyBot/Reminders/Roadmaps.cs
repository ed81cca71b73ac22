using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Guides;

namespace StudyBot.Reminders;

public enum SessionKind
{
    /// <summary>A week's topic (5-week course) or a plain section.</summary>
    Topic,
    Session,
    Lab,
    Challenge,
    Project,
}

/// <summary>One thing to do on a course day, with its guide section (for the link) and duration when the guide says it.</summary>
public sealed record RoadmapSession(string Title, SessionKind Kind, TimeSpan? Duration, GuideSection Section)
{
    public bool IsLab => Kind is SessionKind.Lab or SessionKind.Challenge;
}

/// <param name="Index">1-based course day (the cohort's n-th class day).</param>
/// <param name="Week">Course week shown to learners (Week 3 for the Week 3 plan).</param>
/// <param name="Day">Day within the week (1-based).</param>
public sealed record RoadmapDay(int Index, int Week, int Day, string Theme, IReadOnlyList<RoadmapSession> Sessions, IReadOnlyList<ChecklistItem> Checkpoints)
{
    public bool HasLab => Sessions.Any(s => s.IsLab);
}

/// <summary>A week of the 5-week course: the bold list item and its 학습 목표 / 학습 키워드 / 실습 lists.</summary>
public sealed record RoadmapWeek(int Number, string Topic, GuideSection Section, IReadOnlyList<string> Goals, IReadOnlyList<string> Keywords, IReadOnlyList<string> Labs);

/// <summary>A stage of a role guide's 학습 로드맵 ("2단계: 중급 (3-4개월)").</summary>
/// <param name="ToMonth">Last month of the stage; null for "7개월 이상".</param>
public sealed record RoadmapStage(int Number, string Title, int FromMonth, int? ToMonth, IReadOnlyList<string> Items, IReadOnlyList<ChecklistItem> Checkpoints, GuideSection Section);

/// <summary>A track's roadmap. Fixed-length courses have <see cref="Days"/>; role guides have open-ended
/// <see cref="Stages"/> reached by months since the cohort's start.</summary>
public sealed record Roadmap(
    string Track,
    string Title,
    int DaysPerWeek,
    TimeOnly? LabTime,
    IReadOnlyList<RoadmapWeek> Weeks,
    IReadOnlyList<RoadmapDay> Days,
    IReadOnlyList<RoadmapStage> Stages,
    IReadOnlyList<ChecklistItem> Checklist)
{
    public RoadmapDay? Day(int index) => index >= 1 && index <= Days.Count ? Days[index - 1] : null;

    /// <summary>The stage a learner is in during the given month of the course (1-based).</summary>
    public RoadmapStage? StageInMonth(int month) =>
        Stages.FirstOrDefault(s => month >= s.FromMonth && (s.ToMonth is null || month <= s.ToMonth)) ?? (Stages.Count > 0 && month > 0 ? Stages[^1] : null);

    /// <summary>Where this roadmap's weeks, days and stages are in the guide, for questions that name them ("1주차",
    /// "day 5", "2단계"): each week's section, each day's sessions and checkpoints (a day of a weekly course, which only repeats its
    /// week's topic, adds nothing), each stage's section with its months.</summary>
    public IEnumerable<CoursePlace> Places()
    {
        var weekSections = Weeks.Select(w => w.Section.Key).ToHashSet(StringComparer.Ordinal);
        return Weeks.Select(w => new CoursePlace(w.Section.Key, Week: w.Number))
            .Concat(Days.SelectMany(d => d.Sessions.Select(s => s.Section.Key).Concat(d.Checkpoints.Select(c => c.Section.Key)).Where(k => !weekSections.Contains(k)).Distinct()
                .Select(k => new CoursePlace(k, Week: d.Week, Day: d.Day))))
            .Concat(Stages.Select(s => new CoursePlace(s.Section.Key, Stage: s.Number, FromMonth: s.FromMonth, ToMonth: s.ToMonth)));
    }
}

/// <summary>All tracks' roadmaps, built from the guides and <c>guides/roadmaps.yaml</c>.</summary>
public sealed class RoadmapCatalog(IReadOnlyDictionary<string, Roadmap> roadmaps)
{
    public IReadOnlyCollection<string> Tracks => roadmaps.Keys.Order(StringComparer.Ordinal).ToArray();

    public Roadmap? Find(string track) => roadmaps.GetValueOrDefault(track);

    /// <summary>Every track's weeks, days and stages in the guides (<see cref="Roadmap.Places"/>).</summary>
    public IReadOnlyList<CoursePlace> Places() => Tracks.SelectMany(t => roadmaps[t].Places()).ToArray();
}

/// <summary>A roadmap file that does not match the guides (unknown track, section or checklist id).</summary>
public sealed class RoadmapFileException(string message) : Exception(message);

/// <summary>Builds roadmaps from the guide catalog and the parsed schedule file; every reference is checked.</summary>
public static partial class RoadmapBuilder
{
    public static RoadmapCatalog Build(GuideCatalog guides, RoadmapFile file)
    {
        var result = new Dictionary<string, Roadmap>(StringComparer.OrdinalIgnoreCase);
        foreach (var (track, spec) in file.Tracks)
        {
            var guide = guides.FindGuide(track) ?? throw new RoadmapFileException($"roadmaps: track '{track}' has no guide guides/{track}.md");
            result[track] = BuildTrack(guides, guide, spec);
        }

        return new RoadmapCatalog(result);
    }

    private static Roadmap BuildTrack(GuideCatalog guides, Guide guide, TrackSpec spec)
    {
        var where = $"roadmaps: tracks.{guide.Name}";
        if (spec.DaysPerWeek is < 1 or > 7)
        {
            throw new RoadmapFileException($"{where}.daysPerWeek must be 1–7");
        }

        var labTime = spec.LabTime is null ? (TimeOnly?)null : ParseTime(spec.LabTime, $"{where}.labTime");
        var weeks = spec.Weeks.Select((w, i) => BuildWeek(guides, w, i + 1, $"{where}.weeks[{i}]")).ToArray();
        var days = new List<RoadmapDay>();

        // 5-week course: every class day of week N covers week N's topic; its labs fall on the configured days.
        for (var w = 0; w < weeks.Length; w++)
        {
            var week = weeks[w];
            var labDays = spec.Weeks[w].LabDays;
            if (labDays.Any(d => d < 1 || d > spec.DaysPerWeek))
            {
                throw new RoadmapFileException($"{where}.weeks[{w}].labDays must be within 1–{spec.DaysPerWeek}");
            }

            for (var d = 1; d <= spec.DaysPerWeek; d++)
            {
                var sessions = new List<RoadmapSession> { new(week.Topic, SessionKind.Topic, null, week.Section) };
                if (labDays.Contains(d))
                {
                    sessions.AddRange(week.Labs.Select(l => new RoadmapSession(l, SessionKind.Lab, null, week.Section)));
                }

                days.Add(new RoadmapDay(days.Count + 1, week.Number, d, week.Topic, sessions, []));
            }
        }

        // Week plan (Week 3): themes and checkpoints from the "Day N: theme" groups, sessions from referenced sections.
        if (spec.Checkpoints is not null || spec.Days.Count > 0)
        {
            var groups = spec.Checkpoints is null ? [] : DayGroups(guides, Section(guides, spec.Checkpoints, $"{where}.checkpoints"));
            var count = Math.Max(groups.Count == 0 ? 0 : groups.Keys.Max(), spec.Days.Count == 0 ? 0 : spec.Days.Max(d => d.Day));
            for (var d = 1; d <= count; d++)
            {
                var daySpec = spec.Days.FirstOrDefault(x => x.Day == d);
                var (theme, items) = groups.GetValueOrDefault(d, (string.Empty, []));
                var sessions = new List<RoadmapSession>();
                foreach (var reference in daySpec?.Sections ?? [])
                {
                    sessions.AddRange(SessionsOf(guides, Section(guides, reference, $"{where}.days[{d}].sections")));
                }

                if (daySpec?.Project is { } project)
                {
                    var s = Section(guides, project, $"{where}.days[{d}].project");
                    sessions.Add(new RoadmapSession(CleanTitle(s.Heading), SessionKind.Project, ParseDuration(s.Heading), s));
                }

                if (daySpec?.Checkpoints is { Count: > 0 } ids)
                {
                    items = ids.Select(id => Item(guides, id, $"{where}.days[{d}].checkpoints")).ToArray();
                }

                if (theme.Length == 0 && sessions.Count > 0)
                {
                    theme = sessions[0].Title;
                }

                days.Add(new RoadmapDay(days.Count + 1, spec.Week ?? 1, d, theme, sessions, items));
            }
        }

        // Role guides: stages from 학습 로드맵, checklist from 체크리스트.
        var stages = spec.Stages is null ? [] : BuildStages(guides, spec, Section(guides, spec.Stages, $"{where}.stages"), where);
        var checklist = spec.Checklist is null
            ? guide.Items
            : guide.Items.Where(i => i.Section.Key == Section(guides, spec.Checklist, $"{where}.checklist").Key).ToArray();
        if (days.Count == 0 && stages.Count == 0)
        {
            throw new RoadmapFileException($"{where}: neither weeks, days nor stages");
        }

        return new Roadmap(guide.Name, guide.Title, spec.DaysPerWeek, labTime, weeks, days, stages, checklist);
    }

    private static RoadmapWeek BuildWeek(GuideCatalog guides, WeekSpec spec, int number, string where)
    {
        var section = Section(guides, spec.Section, $"{where}.section");
        var lists = NestedLists(section.Text);
        IReadOnlyList<string> List(string label) => lists.FirstOrDefault(l => l.Label.StartsWith(label, StringComparison.Ordinal)).Items ?? [];
        var labs = List("실습");
        if (labs.Count == 0)
        {
            throw new RoadmapFileException($"{where}: section '{section.Heading}' lists no 실습 (labs)");
        }

        return new RoadmapWeek(number, WeekTopic().Replace(section.Heading, string.Empty), section, List("학습 목표"), List("학습 키워드"), labs);
    }

    private static List<RoadmapStage> BuildStages(GuideCatalog guides, TrackSpec spec, GuideSection roadmap, string where)
    {
        var stages = new List<RoadmapStage>();
        foreach (var s in guides.Sections.Where(s => s.Guide == roadmap.Guide && s.Level == roadmap.Level + 1 && s.Path.Take(roadmap.Path.Count).SequenceEqual(roadmap.Path)))
        {
            var m = StageHeading().Match(s.Heading);
            if (!m.Success)
            {
                continue;
            }

            var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var from = int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
            int? to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : null;
            var items = s.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToArray();
            var checkpoints = spec.StageCheckpoints.GetValueOrDefault(number, []).Select(id => Item(guides, id, $"{where}.stageCheckpoints.{number}")).ToArray();
            stages.Add(new RoadmapStage(number, m.Groups["title"].Value.Trim(), from, to, items, checkpoints, s));
        }

        if (stages.Count == 0)
        {
            throw new RoadmapFileException($"{where}.stages: '{roadmap.Key}' has no 'N단계: name (months)' sub-sections");
        }

        var unknown = spec.StageCheckpoints.Keys.Except(stages.Select(s => s.Number)).ToArray();
        if (unknown.Length > 0)
        {
            throw new RoadmapFileException($"{where}.stageCheckpoints: no stage {string.Join(", ", unknown)}");
        }

        return stages;
    }

    /// <summary>The sub-sections of a day heading (Session 1–3, Lab, Challenge) with durations from "(50분)".</summary>
    private static IEnumerable<RoadmapSession> SessionsOf(GuideCatalog guides, GuideSection day)
    {
        var children = guides.Sections
            .Where(s => s.Guide == day.Guide && s.Level == day.Level + 1 && s.Order > day.Order && s.Path.Take(day.Path.Count).SequenceEqual(day.Path))
            .ToArray();
        if (children.Length == 0)
        {
            return [new RoadmapSession(CleanTitle(day.Heading), SessionKind.Topic, ParseDuration(day.Heading), day)];
        }

        return children.Select(s => new RoadmapSession(CleanTitle(s.Heading), KindOf(s.Heading), ParseDuration(s.Heading), s));
    }

    private static SessionKind KindOf(string heading) =>
        heading.Contains("Challenge", StringComparison.OrdinalIgnoreCase) ? SessionKind.Challenge
        : heading.Contains("Lab", StringComparison.OrdinalIgnoreCase) ? SessionKind.Lab
        : heading.Contains("Session", StringComparison.OrdinalIgnoreCase) ? SessionKind.Session
        : SessionKind.Topic;

    /// <summary>"(50분)", "(90 min)", "(1시간)" in a heading.</summary>
    public static TimeSpan? ParseDuration(string heading)
    {
        var m = Duration().Match(heading);
        if (!m.Success)
        {
            return null;
        }

        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value is "시간" or "h" ? TimeSpan.FromHours(n) : TimeSpan.FromMinutes(n);
    }

    /// <summary>Heading without leading emoji/symbols (🛠️, 📅) and without the duration suffix.</summary>
    private static string CleanTitle(string heading)
    {
        var title = Duration().Replace(heading, string.Empty).Trim();
        var start = 0;
        while (start < title.Length && !char.IsLetterOrDigit(title[start]) && title[start] != '"')
        {
            start++;
        }

        return title[start..].Trim();
    }

    /// <summary>"Day N: theme" groups of a checkpoint section → (theme, items) per day.</summary>
    private static Dictionary<int, (string Theme, IReadOnlyList<ChecklistItem> Items)> DayGroups(GuideCatalog guides, GuideSection section)
    {
        var result = new Dictionary<int, (string, IReadOnlyList<ChecklistItem>)>();
        foreach (var group in guides.Items.Where(i => i.Section.Key == section.Key && i.Group is not null).GroupBy(i => i.Group!))
        {
            var m = DayGroup().Match(group.Key);
            if (m.Success)
            {
                result[int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)] = (m.Groups["theme"].Value.Trim(), group.ToArray());
            }
        }

        if (result.Count == 0)
        {
            throw new RoadmapFileException($"roadmaps: '{section.Key}' has no 'Day N: …' checklist groups");
        }

        return result;
    }

    /// <summary>"- label\n  - item" text → (label, items) pairs.</summary>
    private static List<(string Label, IReadOnlyList<string> Items)> NestedLists(string text)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        List<string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                current = [];
                result.Add((line[2..].Trim().TrimEnd(':'), current));
            }
            else if (line.StartsWith("  - ", StringComparison.Ordinal) && current is not null)
            {
                current.Add(line[4..].Trim());
            }
        }

        return result;
    }

    private static GuideSection Section(GuideCatalog guides, string reference, string where)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0)
        {
            throw new RoadmapFileException($"{where}: '{reference}' is not a guide#anchor reference");
        }

        return guides.FindSection(reference[..hash], reference[(hash + 1)..])
               ?? throw new RoadmapFileException($"{where}: no section '{reference}' in the guides");
    }

    private static ChecklistItem Item(GuideCatalog guides, string id, string where) =>
        guides.FindItem(id) ?? throw new RoadmapFileException($"{where}: unknown checklist id '{id}'");

    public static TimeOnly ParseTime(string value, string where) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new RoadmapFileException($"{where}: '{value}' is not HH:mm");

    [GeneratedRegex(@"\((?<n>\d+)\s*(?<unit>분|min|시간|h)\)")]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\d+\.\s*")]
    private static partial Regex WeekTopic();

    [GeneratedRegex(@"^(?<n>\d+)단계:\s*(?<title>[^(]+)\((?<from>\d+)(?:-(?<to>\d+))?개월")]
    private static partial Regex StageHeading();

    [GeneratedRegex(@"^Day\s*(?<n>\d+)\s*:\s*(?<theme>.*)$")]
    private static partial Regex DayGroup();
}
