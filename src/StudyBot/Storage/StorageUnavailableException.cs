using Azure;

namespace StudyBot.Storage;

/// <summary>Table storage did not answer (down, timed out, retries exhausted, refused the account): the caller must
/// not report success. Every store throws this and only this for an outage (<see cref="Table{T}"/> is the guard);
/// chat turns answer "try again", HTTP routes 503 with Retry-After.</summary>
public sealed class StorageUnavailableException(Exception inner) : Exception("table storage unavailable", inner)
{
    /// <summary>Why, in one line for a log (e.g. <c>Connection refused (127.0.0.1:10002)</c>): the first line of the
    /// innermost cause, under the SDK's retry wrapper. The stack trace of an outage says nothing an operator needs.</summary>
    public string Reason
    {
        get
        {
            var e = InnerException ?? this;
            while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                e = aggregate.InnerExceptions[0];
            }

            var message = e.Message.AsSpan().Trim();
            var newline = message.IndexOfAny('\r', '\n');
            return (newline >= 0 ? message[..newline] : message).ToString();
        }
    }

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
