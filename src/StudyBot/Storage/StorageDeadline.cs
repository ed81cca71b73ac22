using System.Diagnostics;

namespace StudyBot.Storage;

/// <summary>The time one turn or one HTTP request may wait for table storage in all (<c>Storage:TurnTimeout</c>). Storage
/// that accepts connections and never answers (paused, overloaded) would otherwise hold a turn for the SDK's retries
/// (4 × 10 s per call, minutes per turn), long after the channel gave up: the learner heard nothing, not even "try
/// again". The whole turn is bounded, not each call — a per-call deadline turned storage that was merely slow under a
/// burst into an outage. Every guarded call (<see cref="Table{T}"/>) of the flow that began the budget shares it; when
/// it runs out the call throws <see cref="StorageUnavailableException"/>, the one outage answer ("try again", 503).</summary>
/// <remarks>Carried by an <see cref="AsyncLocal{T}"/>, so it reaches every store without a parameter on every method.
/// A budget ends with its scope: work that outlives the request that started it (a slow Slack command, a reminder
/// fan-out) is bounded only by the budgets of its own turns, never by a request long answered.</remarks>
public sealed class StorageDeadline : IDisposable
{
    private static readonly AsyncLocal<StorageDeadline?> Current = new();

    private readonly long _until;
    private readonly StorageDeadline? _outer;
    private volatile bool _ended;

    private StorageDeadline(long until, StorageDeadline? outer)
    {
        _until = until;
        _outer = outer;
    }

    /// <summary>Bounds the storage calls of the calling flow (and of what it starts) to <paramref name="limit"/> from now,
    /// or to a running budget's end if that comes sooner. Dispose ends it. A zero or infinite limit bounds nothing.</summary>
    public static IDisposable Begin(TimeSpan limit)
    {
        if (limit <= TimeSpan.Zero || limit == Timeout.InfiniteTimeSpan)
        {
            return NoBudget.Instance;
        }

        var budget = new StorageDeadline(Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency), Current.Value);
        Current.Value = budget;
        return budget;
    }

    /// <summary>A guarded call's token: <paramref name="caller"/>, cancelled also when the flow's budget runs out.</summary>
    internal static Call Link(CancellationToken caller)
    {
        var until = long.MaxValue;
        for (var budget = Current.Value; budget is not null; budget = budget._outer)
        {
            if (!budget._ended)
            {
                until = Math.Min(until, budget._until);
            }
        }

        if (until == long.MaxValue)
        {
            return new Call(caller, null, caller);
        }

        var expiry = CancellationTokenSource.CreateLinkedTokenSource(caller);
        expiry.CancelAfter(TimeSpan.FromTicks(Math.Max(0, (long)((until - Stopwatch.GetTimestamp()) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)))));
        return new Call(expiry.Token, expiry, caller);
    }

    public void Dispose() => _ended = true;

    /// <summary>One guarded call under the flow's budget.</summary>
    internal readonly struct Call(CancellationToken token, CancellationTokenSource? expiry, CancellationToken caller) : IDisposable
    {
        public CancellationToken Token => token;

        /// <summary>Whether <paramref name="e"/> is the budget running out (not the caller's own cancellation).</summary>
        public bool Expired(Exception e) =>
            e is OperationCanceledException && expiry is { IsCancellationRequested: true } && !caller.IsCancellationRequested;

        public void Dispose() => expiry?.Dispose();
    }

    private sealed class NoBudget : IDisposable
    {
        public static readonly NoBudget Instance = new();

        public void Dispose()
        {
        }
    }
}
