using StudyBot.Checklist;
using StudyBot.Guides;

namespace StudyBot.Cohorts;

/// <param name="Done">Learners of the cohort who completed the item.</param>
/// <param name="Total">Learners of the cohort.</param>
public sealed record ItemProgress(string Id, string Title, int Done, int Total, int Pct);

/// <param name="Learner">Learner key (as in the export route).</param>
/// <param name="Done">Items of the cohort's track the learner completed.</param>
/// <param name="Total">Items of the cohort's track.</param>
public sealed record LearnerProgress(string Learner, string? Name, int Done, int Total, int Pct);

/// <summary>A cohort's checklist figures: per item and per learner.</summary>
/// <param name="Track">The cohort's track; null when the cohort directory no longer knows the cohort.</param>
/// <param name="Learners">Learners seen in the cohort's channels or with a completion indexed under it.</param>
public sealed record CohortProgress(string Cohort, string? Track, int Learners, IReadOnlyList<ItemProgress> Items, IReadOnlyList<LearnerProgress> LearnersProgress);

/// <summary>The one source of cohort checklist numbers: the progress API, <c>/progress</c> in a cohort channel, the
/// dashboard and the morning reminder all read them here.</summary>
public interface ICohortProgressService
{
    /// <summary>The cohort's figures, or null when the cohort is unknown and has no learners.</summary>
    Task<CohortProgress?> GetAsync(string cohortId, CancellationToken cancellationToken);

    /// <summary>How many of the cohort's learners have completed every one of <paramref name="itemIds"/>
    /// (e.g. the previous class day's checkpoints in the morning reminder).</summary>
    Task<int> CountLearnersCompletedAllAsync(string cohortId, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken);
}

public sealed class CohortProgressService(CompletionStore completions, LearnerStore learnerStore, ICohortDirectory directory, IGuideCatalogProvider guides) : ICohortProgressService
{
    public async Task<CohortProgress?> GetAsync(string cohortId, CancellationToken cancellationToken)
    {
        // Two single-partition queries (members, cohort index) and the directory lookup, in parallel.
        var cohortTask = directory.GetAsync(cohortId, cancellationToken);
        var membersTask = learnerStore.GetMembersAsync(cohortId, cancellationToken);
        var completionsTask = completions.GetCohortCompletionsAsync(cohortId, cancellationToken);
        var cohort = await cohortTask;
        var members = await membersTask;
        var indexed = await completionsTask;

        var names = members.ToDictionary(m => m.LearnerKey, m => m.Name, StringComparer.Ordinal);
        foreach (var c in indexed)
        {
            names.TryAdd(c.LearnerKey, null);
        }

        if (cohort is null && names.Count == 0)
        {
            return null;
        }

        var catalog = guides.Current;
        var items = cohort is not null
            ? catalog.Items.Where(i => i.Guide.Equals(cohort.Track, StringComparison.OrdinalIgnoreCase)).ToArray()
            : catalog.Items.Where(i => indexed.Any(c => c.ItemId == i.Id)).ToArray();
        var itemIds = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var relevant = indexed.Where(c => itemIds.Contains(c.ItemId)).ToArray();

        var doneByItem = relevant.GroupBy(c => c.ItemId).ToDictionary(g => g.Key, g => g.Select(c => c.LearnerKey).Distinct().Count());
        var doneByLearner = relevant.GroupBy(c => c.LearnerKey).ToDictionary(g => g.Key, g => g.Select(c => c.ItemId).Distinct().Count());
        var learners = names.Count;

        return new CohortProgress(
            cohortId,
            cohort?.Track,
            learners,
            items.Select(i => new ItemProgress(i.Id, i.Title, doneByItem.GetValueOrDefault(i.Id), learners, ProgressFormat.Percent(doneByItem.GetValueOrDefault(i.Id), learners))).ToArray(),
            names.Select(n => new LearnerProgress(n.Key, n.Value, doneByLearner.GetValueOrDefault(n.Key), items.Length, ProgressFormat.Percent(doneByLearner.GetValueOrDefault(n.Key), items.Length)))
                .OrderByDescending(l => l.Done).ThenBy(l => l.Learner, StringComparer.Ordinal).ToArray());
    }

    /// <summary>One row-key range query per item, in parallel; no partition scan. Empty <paramref name="itemIds"/> → 0
    /// (nothing was due, so nobody is counted as having completed it).</summary>
    public async Task<int> CountLearnersCompletedAllAsync(string cohortId, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return 0;
        }

        var perItem = await Task.WhenAll(itemIds.Distinct(StringComparer.Ordinal).Select(id => completions.GetLearnersWhoCompletedAsync(cohortId, id, cancellationToken)));
        IEnumerable<string> all = perItem[0];
        foreach (var set in perItem.Skip(1))
        {
            all = all.Where(set.Contains);
        }

        return all.Count();
    }
}
