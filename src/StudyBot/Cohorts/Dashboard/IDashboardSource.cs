namespace StudyBot.Cohorts.Dashboard;

/// <summary>What the cohort dashboard shows, from the capabilities that own it (checklist progress, roadmaps and
/// reminders). A null part is "not available" (its capability is not there); an empty list is "nothing yet".</summary>
public interface IDashboardSource
{
    /// <param name="locale">Dialogs locale for the labels the source writes (the roadmap position).</param>
    /// <returns>Null when there is no such cohort.</returns>
    Task<CohortDashboard?> GetAsync(string cohort, string locale, CancellationToken cancellationToken);
}

public sealed record CohortDashboard
{
    public required string Cohort { get; init; }

    public string? Track { get; init; }

    /// <summary>How many of the cohort's learners completed each checklist item of the track, in track order.</summary>
    public IReadOnlyList<ItemCompletion>? Items { get; init; }

    /// <summary>How many items each learner of the cohort completed.</summary>
    public IReadOnlyList<LearnerCompletion>? Learners { get; init; }

    public RoadmapPosition? Position { get; init; }

    /// <summary>When the next reminder goes out, in the cohort's time zone.</summary>
    public DateTimeOffset? NextReminder { get; init; }

    /// <summary>The next reminder as the cohort reads it (<c>2026-03-02 09:00 KST</c>).</summary>
    public string? NextReminderText { get; init; }
}

public sealed record ItemCompletion(string ItemId, string Title, int Done, int Learners);

public sealed record LearnerCompletion(string Learner, int Done, int Total);

/// <param name="Label">Where the cohort is, e.g. "Week 3 · Day 2", or that it has not started / has finished.</param>
/// <param name="Day">The cohort's current (or last) course day, 1-based; 0 before the start.</param>
/// <param name="TotalDays">Course days in the roadmap; 0 for open-ended (stage) roadmaps.</param>
public sealed record RoadmapPosition(string Label, int Day, int TotalDays);
