using Azure;
using Azure.Data.Tables;
using StudyBot.Storage;

namespace StudyBot.Cohorts;

/// <summary>A learner seen in a cohort's channel.</summary>
/// <param name="LearnerKey">The full learner key (channel~tenant~user).</param>
public sealed record CohortMember(string LearnerKey, string? Name, DateTimeOffset JoinedAt);

/// <summary>Who belongs where: the learners of each cohort, each learner's last cohort, and the aliases under which a
/// channel names a learner.</summary>
/// <remarks>Tables: <c>CohortMembers</c> PK cohort, RK learner key (a cohort's learners are one partition);
/// <c>Learners</c> PK learner key, RK <c>cohort</c> → the last cohort the learner acted in, and PK a channel-specific
/// user key, RK <c>alias</c> → the learner it stands for (Teams <c>29:…</c> → the AAD-keyed learner). The learner's
/// cohort row is read on every checklist turn and rarely changes: it is cached with its ETag, and a change is written
/// If-Match that ETag (a stale copy gets 412 and is read again).</remarks>
public sealed class LearnerStore(TableStore tables)
{
    public const string CohortMembersTable = "CohortMembers";
    public const string LearnersTable = "Learners";

    private readonly Table<CohortMemberEntity> _members = tables.Table<CohortMemberEntity>(CohortMembersTable);
    private readonly Table<LearnerCohortEntity> _cohortRows = tables.Table<LearnerCohortEntity>(LearnersTable);
    private readonly Table<LearnerAliasEntity> _aliasRows = tables.Table<LearnerAliasEntity>(LearnersTable);

    private readonly Table<CohortMemberNameEntity> _memberNames = tables.Table<CohortMemberNameEntity>(CohortMembersTable);

    // (cohort, learner key) → the display name this process last stored: a name is written when it changes, not per turn.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Cohort, string Learner), string> _names = new();

    /// <summary>Longest display name kept (channels send far shorter ones; the dashboard clips further).</summary>
    public const int MaxNameLength = 100;

    // Learner key → the learner's cohort row (null: none stored).
    private readonly TtlCache<LearnerCohortEntity?> _cohortCache = tables.Cache<LearnerCohortEntity?>();

    /// <summary>Remembers which learner a channel-specific user key stands for.</summary>
    public Task RememberAliasAsync(string channelUserKey, string learnerKey, CancellationToken ct) =>
        _aliasRows.UpsertAsync(new LearnerAliasEntity { PartitionKey = channelUserKey, LearnerKey = learnerKey }, ct);

    /// <summary>The learner a channel-specific user key stands for, or the key itself when there is no alias.</summary>
    public async Task<string> ResolveAliasAsync(string channelUserKey, CancellationToken ct) =>
        await _aliasRows.GetAsync(channelUserKey, LearnerAliasEntity.Row, ct) is { LearnerKey.Length: > 0 } alias ? alias.LearnerKey : channelUserKey;

    public Task ForgetAliasAsync(string channelUserKey, CancellationToken ct) => _aliasRows.DeleteAsync(channelUserKey, LearnerAliasEntity.Row, ct);

    /// <summary>The learner's last known cohort, if any.</summary>
    public async Task<string?> GetLastCohortAsync(string learnerKey, CancellationToken ct) =>
        await _cohortCache.GetOrLoadAsync(learnerKey, () => ReadCohortRowAsync(learnerKey, ct)) is { CohortId.Length: > 0 } row ? row.CohortId : null;

    /// <summary>Remembers that the learner acted in <paramref name="cohortId"/>'s channel. Two turns of the same learner
    /// can race here (Teams and Slack at once), so the row is created with an insert and changed with If-Match.</summary>
    public async Task JoinCohortAsync(string learnerKey, string cohortId, string? name, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // The cached row first (its ETag guards the write), then fresh reads.
            var current = attempt == 0 && _cohortCache.TryGet(learnerKey, out var cached) ? cached : await ReadCohortRowAsync(learnerKey, ct);
            if (current?.CohortId == cohortId)
            {
                _cohortCache.Set(learnerKey, current);
                return;
            }

            // Member row first: if the learner row were written first and this failed, no later turn would retry it.
            await _members.TryAddAsync(new CohortMemberEntity { PartitionKey = cohortId, RowKey = learnerKey, Name = name, JoinedAt = now }, ct);
            var row = new LearnerCohortEntity { PartitionKey = learnerKey, CohortId = cohortId, UpdatedAt = now };
            var written = current is null ? await _cohortRows.TryAddAsync(row, ct) : await _cohortRows.TryReplaceAsync(row, current.ETag, ct);
            if (written is { } etag)
            {
                row.ETag = etag;
                _cohortCache.Set(learnerKey, row);
                return;
            }

            // Another turn changed the row since we read it: read again and decide again.
        }
    }

    /// <summary>Keeps the display name the channel sends for the learner in the cohort, for the operators' dashboard;
    /// written only when it differs from the one this process last stored (so a renamed learner is renamed).</summary>
    public async Task RememberNameAsync(string cohortId, string learnerKey, string? name, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || cohortId.Length == 0)
        {
            return;
        }

        name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        if (_names.TryGetValue((cohortId, learnerKey), out var known) && known == name)
        {
            return;
        }

        await _memberNames.MergeAsync(new CohortMemberNameEntity { PartitionKey = cohortId, RowKey = learnerKey, Name = name }, ct);
        _names[(cohortId, learnerKey)] = name;
    }

    /// <summary>The cohort's learners seen in its channels.</summary>
    public async Task<IReadOnlyList<CohortMember>> GetMembersAsync(string cohortId, CancellationToken ct) =>
        (await _members.QueryPartitionAsync(cohortId, ct)).Select(m => new CohortMember(m.RowKey, m.Name, m.JoinedAt)).ToArray();

    /// <summary>Deletes the learner's cohort row and memberships: of the last cohort and of <paramref name="otherCohorts"/>
    /// (cohorts the learner left earlier, known from their completions).</summary>
    public async Task ForgetAsync(string learnerKey, IEnumerable<string> otherCohorts, CancellationToken ct)
    {
        _cohortCache.Remove(learnerKey);
        if (await _cohortRows.GetAsync(learnerKey, LearnerCohortEntity.Row, ct) is { } row)
        {
            await _members.DeleteAsync(row.CohortId, learnerKey, ct);
            await _cohortRows.DeleteAsync(learnerKey, LearnerCohortEntity.Row, ct);
        }

        _cohortCache.Remove(learnerKey);

        await Task.WhenAll(otherCohorts.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Select(c => _members.DeleteAsync(c, learnerKey, ct)));
    }

    private async Task<LearnerCohortEntity?> ReadCohortRowAsync(string learnerKey, CancellationToken ct)
    {
        var row = await _cohortRows.GetAsync(learnerKey, LearnerCohortEntity.Row, ct);
        _cohortCache.Set(learnerKey, row);
        return row;
    }

    internal sealed class CohortMemberEntity : TableRow
    {
        public string? Name { get; set; }

        public DateTimeOffset JoinedAt { get; set; }
    }

    /// <summary>The name column of a <c>CohortMembers</c> row alone (merged, so the row's other columns stay).</summary>
    internal sealed class CohortMemberNameEntity : TableRow
    {
        public string? Name { get; set; }
    }

    internal sealed class LearnerCohortEntity : TableRow
    {
        public const string Row = "cohort";

        public LearnerCohortEntity() => RowKey = Row;

        public string CohortId { get; set; } = string.Empty;

        public DateTimeOffset UpdatedAt { get; set; }
    }

    internal sealed class LearnerAliasEntity : TableRow
    {
        public const string Row = "alias";

        public LearnerAliasEntity() => RowKey = Row;

        public string LearnerKey { get; set; } = string.Empty;
    }
}
