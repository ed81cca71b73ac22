using StudyBot.Conversation;

namespace StudyBot.Cohorts;

/// <summary>What other capabilities need to know about a cohort.</summary>
/// <param name="Id">Cohort id as used in the admin API (<c>/api/admin/cohorts/{id}</c>).</param>
/// <param name="Track">Guide name the cohort follows (e.g. <c>k8s-week3-part3</c>).</param>
/// <param name="Locale">Reply locale of cohort-wide messages (<c>ko</c>/<c>en</c>).</param>
/// <param name="TimeZone">IANA time zone.</param>
public sealed record CohortInfo(string Id, string Track, string Locale, string TimeZone);

/// <summary>Finds cohorts: by id, or by the conversation that is a cohort's subscribed channel.</summary>
public interface ICohortDirectory
{
    /// <summary>The cohort whose channel subscription is this conversation, if any.</summary>
    Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken);

    Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken);
}

/// <summary>The directory over the stored cohorts and subscriptions (every turn asks it: both lookups are cached).</summary>
public sealed class CohortDirectory(CohortStore store) : ICohortDirectory
{
    public async Task<CohortInfo?> FindByConversationAsync(ConversationInfo conversation, CancellationToken cancellationToken)
    {
        var (cohortId, _) = await store.FindByConversationAsync(conversation.Key, cancellationToken);
        return cohortId is null ? null : await GetAsync(cohortId, cancellationToken);
    }

    public async Task<CohortInfo?> GetAsync(string cohortId, CancellationToken cancellationToken) =>
        await store.FindCohortAsync(cohortId, cancellationToken) is { } c ? new CohortInfo(c.Id, c.Track, c.Locale, c.TimeZone) : null;
}
