using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Guides;
using StudyBot.Storage;

namespace StudyBot.Checklist;

/// <summary>What the course calendar says about checklist items: the checkpoints a cohort has today, and a track's
/// items in the order its roadmap reaches them. The reminders capability knows the calendar
/// (<c>Reminders/RoadmapCheckpoints.cs</c>); without it, no checkpoints and guide order.</summary>
public interface ICheckpointCalendar
{
    /// <summary>The cohort's checkpoints of today in its zone (empty on a day without class or for an unknown cohort).</summary>
    Task<IReadOnlyList<ChecklistItem>> TodayAsync(string cohortId, CancellationToken cancellationToken);

    /// <summary>The track's items in roadmap order: the days' (or stages') checkpoints as the course reaches them,
    /// then the items no day names, in guide order.</summary>
    IReadOnlyList<ChecklistItem> InRoadmapOrder(string track);
}

/// <summary>The one rule for "the next item" (<c>/done</c>, <c>/undo</c>, <c>/progress</c>, <c>/today</c>, home views):
/// the open checkpoints of today first, then the open items of the learner's tracks in roadmap order.</summary>
public sealed class NextItems(ICheckpointCalendar calendar, ILogger<NextItems> logger)
{
    /// <summary>How many next items a reply offers as buttons.</summary>
    public const int Shown = 3;

    /// <summary>A track's items in the order its roadmap reaches them (the order after today's checkpoints).</summary>
    public IReadOnlyList<ChecklistItem> InRoadmapOrder(string track) => calendar.InRoadmapOrder(track);

    /// <param name="cohortId">The learner's cohort ("" = none: no checkpoints of today).</param>
    /// <param name="tracks">The tracks whose items follow, in this order.</param>
    public async Task<IReadOnlyList<ChecklistItem>> ForAsync(string cohortId, IEnumerable<string> tracks, IReadOnlySet<string> doneIds, CancellationToken cancellationToken, int count = Shown)
    {
        IReadOnlyList<ChecklistItem> today = [];
        if (cohortId.Length > 0)
        {
            try
            {
                today = await calendar.TodayAsync(cohortId, cancellationToken);
            }
            catch (StorageUnavailableException e)
            {
                // The suggestion is a nicety after the work is done: roadmap order alone still helps.
                logger.LogWarning("Today's checkpoints unavailable ({Reason}); next items in roadmap order", e.Reason);
            }
        }

        return today.Concat(tracks.SelectMany(calendar.InRoadmapOrder))
            .Where(i => !doneIds.Contains(i.Id))
            .DistinctBy(i => i.Id)
            .Take(count)
            .ToArray();
    }
}

/// <summary>No calendar: no checkpoints of today, guide order.</summary>
public sealed class GuideOrderCalendar(IGuideCatalogProvider guides) : ICheckpointCalendar
{
    public Task<IReadOnlyList<ChecklistItem>> TodayAsync(string cohortId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChecklistItem>>([]);

    public IReadOnlyList<ChecklistItem> InRoadmapOrder(string track) => ProgressFormat.TrackItems(guides.Current, track);

    /// <summary>Registers the guide-order calendar unless a real one is registered already; a real one registered later
    /// replaces it (<c>services.Replace</c>, as <c>AddReminders</c> does), so the two compose in either order.</summary>
    public static void AddDefault(IServiceCollection services) => services.TryAddSingleton<ICheckpointCalendar, GuideOrderCalendar>();
}
