using System.Collections.Concurrent;

namespace StudyBot.Storage;

/// <summary>Rows that rarely change, read on every turn (which cohort a conversation belongs to, a learner's cohort),
/// kept per key for a while so the hot path skips the read. A write through this process updates the entry at once;
/// another replica's write shows here after at most the time to live. Bounded: past the capacity expired entries go,
/// and if that is not enough, all of them (a bound, not an LRU: an entry is simply read again).</summary>
public sealed class TtlCache<TValue>(TimeProvider time, TimeSpan timeToLive, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Until > time.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        var now = time.GetUtcNow();
        if (_entries.Count >= capacity)
        {
            foreach (var (k, e) in _entries)
            {
                if (e.Until <= now)
                {
                    _entries.TryRemove(k, out _);
                }
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[key] = (value, now + timeToLive);
    }

    public void Remove(string key) => _entries.TryRemove(key, out _);

    /// <summary>Forgets every entry (a change that many keys read through, such as an org-wide install).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>The cached value, else <paramref name="load"/>'s (then cached).</summary>
    public async Task<TValue> GetOrLoadAsync(string key, Func<Task<TValue>> load)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = await load();
        Set(key, value);
        return value;
    }
}
