using Azure;

namespace StudyBot.Storage;

/// <summary>Table storage did not answer (down, timed out, retries exhausted, refused the account): the caller must
/// not report success. Every store throws this and only this for an outage (<see cref="Table{T}"/> is the guard);
/// chat turns answer "try again", HTTP routes 503 with Retry-After.</summary>
public sealed class StorageUnavailableException(Exception inner) : Exception("table storage unavailable", inner)
{
    /// <summary>Whether <paramref name="e"/> means "storage did not answer" (and not a bug or the caller's cancellation).</summary>
    public static bool IsStorageFailure(Exception e) => e switch
    {
        StorageUnavailableException => false,
        RequestFailedException => true,
        HttpRequestException or IOException or TimeoutException => true,

        // Azure.Core throws an AggregateException when its retries are exhausted.
        AggregateException a => a.InnerExceptions.All(IsStorageFailure),

        // A network timeout inside the SDK surfaces as a cancellation the caller did not ask for.
        TaskCanceledException { InnerException: { } inner } => IsStorageFailure(inner),
        _ => false,
    };
}
