namespace StudyBot.Conversation;

/// <summary>What other capabilities need to know about a cohort (owned by Reminders).</summary>
/// <param name="Id">Cohort id as used in the admin API (<c>/api/admin/cohorts/{id}</c>).</param>
/// <param name="Track">Guide name the cohort follows (e.g. <c>k8s-week3-part3</c>).</param>
/// <param name="Locale">Reply locale of cohort-wide messages (<c>ko</c>/<c>en</c>).</param>
/// <param name="TimeZone">IANA time zone.</param>
public sealed record CohortInfo(string Id, string Track, string Locale, string TimeZone);

/// <summary>Finds cohorts. Reminders implements it from cohorts and channel subscriptions; without it nobody is in a
/// cohort (learners keep a personal default).</summary>
public interface ICohortDirectory
{
    /// <summary>The cohort whose channel subscription is this conversation, if any.</summary>
    Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken);

    Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken);
}

/// <summary>Cohort-wide checklist figures other capabilities show (owned by Checklist).</summary>
public interface ICohortProgressQuery
{
    /// <summary>How many of the cohort's learners have completed every one of <paramref name="itemIds"/>
    /// (e.g. yesterday's checkpoints in the morning reminder).</summary>
    Task<int> CountLearnersCompletedAllAsync(string cohortId, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken);
}

/// <summary>Defaults until the owning capability registers the real implementation.</summary>
internal sealed class NoCohorts : ICohortDirectory, ICohortProgressQuery
{
    public Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken) => Task.FromResult<CohortInfo?>(null);

    public Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken) => Task.FromResult<CohortInfo?>(null);

    public Task<int> CountLearnersCompletedAllAsync(string cohortId, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken) => Task.FromResult(0);
}
