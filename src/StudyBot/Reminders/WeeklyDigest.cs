using StudyBot.Cohorts;
using StudyBot.Guides;

namespace StudyBot.Reminders;

/// <summary>One checkpoint many learners have not done: how many have not (a count, never names).</summary>
public sealed record OpenCheckpoint(ChecklistItem Item, int Open);

/// <summary>Monday morning's look back at the cohort: the share of last week's checkpoints its learners completed, and
/// the checkpoints due so far that most learners have not done yet.</summary>
/// <param name="Pct">Completions of last week's checkpoints over learners × checkpoints, in percent.</param>
public sealed record WeeklyDigest(int Pct, int Learners, IReadOnlyList<OpenCheckpoint> MostOpen)
{
    /// <summary>Checkpoints listed under "most learners have not done yet".</summary>
    public const int OpenShown = 3;

    /// <summary>The digest for the Monday <paramref name="monday"/>, or null on other days, before any checkpoint was
    /// due, or for a cohort without learners.</summary>
    public static WeeklyDigest? For(Cohort cohort, Roadmap roadmap, DateOnly monday, CohortProgress figures)
    {
        if (monday.DayOfWeek != DayOfWeek.Monday || figures.Learners == 0)
        {
            return null;
        }

        // Last week: the seven days before this Monday. Due so far: every class day before today.
        var lastWeek = CheckpointsBetween(cohort, roadmap, monday.AddDays(-7), monday.AddDays(-1));
        var due = CheckpointsBetween(cohort, roadmap, cohort.StartDate, monday.AddDays(-1));
        if (lastWeek.Count == 0 && due.Count == 0)
        {
            return null;
        }

        var done = figures.Items.ToDictionary(i => i.Id, i => i.Done, StringComparer.Ordinal);
        var completions = lastWeek.Sum(i => Math.Min(done.GetValueOrDefault(i.Id), figures.Learners));
        var pct = lastWeek.Count == 0 ? 0 : Checklist.ProgressFormat.Percent(completions, lastWeek.Count * figures.Learners);
        var mostOpen = due
            .Select(i => new OpenCheckpoint(i, figures.Learners - Math.Min(done.GetValueOrDefault(i.Id), figures.Learners)))
            .Where(o => o.Open > 0)
            .OrderByDescending(o => o.Open)
            .Take(OpenShown)
            .ToArray();
        return new WeeklyDigest(pct, figures.Learners, mostOpen);
    }

    /// <summary>The distinct checkpoints of the class days from <paramref name="from"/> to <paramref name="to"/>, in
    /// course order (a stage's checkpoints count once however many of its days fall in the range).</summary>
    private static IReadOnlyList<ChecklistItem> CheckpointsBetween(Cohort cohort, Roadmap roadmap, DateOnly from, DateOnly to)
    {
        var items = new List<ChecklistItem>();
        for (var d = from < cohort.StartDate ? cohort.StartDate : from; d <= to && d.DayNumber - from.DayNumber <= CourseDaysLookBack; d = d.AddDays(1))
        {
            if (CourseCalendar.PositionOn(cohort, roadmap, d) is { } p)
            {
                items.AddRange(RoadmapCheckpoints.Checkpoints(p));
            }
        }

        return items.DistinctBy(i => i.Id).ToArray();
    }

    // Bounds the walk for long-running cohorts (role roadmaps run for years).
    private const int CourseDaysLookBack = 400;
}
