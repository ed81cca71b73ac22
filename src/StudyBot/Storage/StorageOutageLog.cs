namespace StudyBot.Storage;

/// <summary>The warning that table storage did not answer a request or a turn, written at most once per
/// <see cref="Interval"/> with how many it stands for: during an outage every request meets it, and a line each would
/// bury the rest of the log (and cost as much to ship as the traffic itself).</summary>
public sealed class StorageOutageLog(TimeProvider time, ILogger<StorageOutageLog> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private int _unreported;

    /// <param name="what">What could not be served, e.g. <c>GET /api/cohorts/{cohort}/progress</c> or <c>command done</c>
    /// (a route or command name, never the request's own text).</param>
    /// <param name="reason">Why storage did not answer (<see cref="StorageUnavailableException.Reason"/>).</param>
    public void Warn(string what, string reason)
    {
        int count;
        lock (_gate)
        {
            _unreported++;
            var now = time.GetUtcNow();
            if (now < _next)
            {
                return;
            }

            _next = now + Interval;
            count = _unreported;
            _unreported = 0;
        }

        logger.LogWarning("Table storage unavailable ({Reason}): {What} could not be served; {Count} request(s) met the outage since the last warning", reason, what, count);
    }
}
