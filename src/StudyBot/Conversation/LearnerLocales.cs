using StudyBot.Storage;

namespace StudyBot.Conversation;

/// <summary>The language a learner chose (<c>/lang en</c>, <c>/study lang ko</c>), stored per learner key and honoured on
/// every channel over the locale the channel reports. Read on every turn, so cached; a turn never waits for storage that
/// is known to be down, and never fails because the choice could not be read (it falls back to the channel's locale).</summary>
/// <remarks>Table <c>LearnerPreferences</c>: PartitionKey = learner key (channel~tenant~user), RowKey = <c>locale</c>,
/// column <c>Locale</c> (<c>ko</c>/<c>en</c>). Setting it is one upsert; clearing it one delete.</remarks>
public sealed class LearnerLocales(TableStore tables, ILogger<LearnerLocales> logger)
{
    public const string TableName = "LearnerPreferences";
    private const string Row = "locale";

    private readonly Table<PreferenceEntity> _table = tables.Table<PreferenceEntity>(TableName);
    private readonly TtlCache<string?> _cache = tables.Cache<string?>();

    /// <summary>The learner's chosen locale, or null (none chosen, or storage unavailable now).</summary>
    public async Task<string?> FindAsync(LearnerId learner, CancellationToken ct)
    {
        if (_cache.TryGet(learner.Key, out var cached))
        {
            return cached;
        }

        if (tables.RecentlyUnavailable)
        {
            return null;
        }

        try
        {
            return await _cache.GetOrLoadAsync(learner.Key, async () => (await _table.GetAsync(learner.Key, Row, ct))?.Locale);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Could not read the language of a learner on {ChannelId}: table storage unavailable ({Reason}); using the channel's", learner.ChannelId, e.Reason);
            return null;
        }
    }

    /// <summary>Stores the learner's choice (null: forget it and follow the channel again).</summary>
    /// <exception cref="StorageUnavailableException">Nothing was stored; the router answers "try again".</exception>
    public async Task SetAsync(LearnerId learner, string? locale, CancellationToken ct)
    {
        if (locale is null)
        {
            await _table.DeleteAsync(learner.Key, Row, ct);
        }
        else
        {
            await _table.UpsertAsync(new PreferenceEntity { PartitionKey = learner.Key, RowKey = Row, Locale = locale }, ct);
        }

        _cache.Set(learner.Key, locale);
    }

    internal sealed class PreferenceEntity : TableRow
    {
        public string? Locale { get; set; }
    }
}
