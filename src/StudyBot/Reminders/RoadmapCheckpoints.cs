using System.Runtime.CompilerServices;
using StudyBot.Checklist;
using StudyBot.Cohorts;
using StudyBot.Guides;

namespace StudyBot.Reminders;

/// <summary>The checklist's view of the course calendar (<see cref="ICheckpointCalendar"/>): today's checkpoints from
/// the cohort's position on its roadmap, as <c>/today</c> and the morning reminder show them, and each track's items
/// in the order the roadmap reaches them.</summary>
public sealed class RoadmapCheckpoints(CohortStore cohorts, RoadmapProvider roadmaps, IGuideCatalogProvider guides, TimeProvider time) : ICheckpointCalendar
{
    // A track's roadmap order, once per roadmap catalog (a guide reload builds a new one).
    private readonly ConditionalWeakTable<RoadmapCatalog, Dictionary<string, IReadOnlyList<ChecklistItem>>> _orders = [];

    public async Task<IReadOnlyList<ChecklistItem>> TodayAsync(string cohortId, CancellationToken cancellationToken)
    {
        // The cohort row is cached (CohortStore), so this is no round trip once warm.
        if (await cohorts.FindCohortAsync(cohortId, cancellationToken) is not { } cohort || roadmaps.Current.Find(cohort.Track) is not { } roadmap)
        {
            return [];
        }

        return Today(cohort, roadmap, time.GetUtcNow());
    }

    /// <summary>The checkpoints of the cohort's course day at <paramref name="now"/> in its zone.</summary>
    public static IReadOnlyList<ChecklistItem> Today(Cohort cohort, Roadmap roadmap, DateTimeOffset now) =>
        CourseCalendar.PositionOn(cohort, roadmap, CourseCalendar.LocalDate(CourseCalendar.Zone(cohort), now)) is { } p
            ? Checkpoints(p)
            : [];

    /// <summary>What a course position asks to check off: the day's checkpoints, or the stage's.</summary>
    public static IReadOnlyList<ChecklistItem> Checkpoints(CoursePosition position) =>
        position.Day?.Checkpoints ?? position.Stage?.Checkpoints ?? [];

    public IReadOnlyList<ChecklistItem> InRoadmapOrder(string track)
    {
        var catalog = roadmaps.Current;
        var orders = _orders.GetValue(catalog, static _ => new Dictionary<string, IReadOnlyList<ChecklistItem>>(StringComparer.OrdinalIgnoreCase));
        lock (orders)
        {
            if (!orders.TryGetValue(track, out var order))
            {
                var inGuide = ProgressFormat.TrackItems(guides.Current, track);
                var roadmap = catalog.Find(track);
                var scheduled = roadmap is null ? [] : roadmap.Days.SelectMany(d => d.Checkpoints).Concat(roadmap.Stages.SelectMany(s => s.Checkpoints));
                orders[track] = order = scheduled.Where(i => i.Guide.Equals(track, StringComparison.OrdinalIgnoreCase)).Concat(inGuide).DistinctBy(i => i.Id).ToArray();
            }

            return order;
        }
    }
}
