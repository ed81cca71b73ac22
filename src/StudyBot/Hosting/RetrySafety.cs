using System.Net;
using Polly;
using Polly.Timeout;

namespace StudyBot.Hosting;

/// <summary>When an outbound call that failed may be sent again, shared by the Bot Framework connector and the Slack
/// clients: a POST (a reply, a reminder, chat.postMessage, a response_url) is not idempotent, so after a timeout or a
/// connection broken once the request was written it is not resent — the message may already be on screen.</summary>
public static class RetrySafety
{
    /// <summary>Whether a failed attempt is tried again: every transient answer (the channel service answered, as Bot
    /// Builder's connector retries it), and for idempotent methods also timeouts and transport failures; a POST after a
    /// timeout or a transport failure only when the request never left.</summary>
    public static bool ShouldRetry(HttpMethod? method, Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e
            ? (IsIdempotent(method) ? e is HttpRequestException or TimeoutRejectedException : FailedBeforeSending(e))
            : IsTransient(outcome.Result?.StatusCode);

    /// <summary>Sending it twice does what sending it once does (RFC 9110 §9.2.2). Unknown counts as not.</summary>
    public static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>The request never left: no connection, no name, no TLS session. Anything later (a per-try timeout, a
    /// connection broken after the request was written, a cut-off answer) may have reached the channel.</summary>
    public static bool FailedBeforeSending(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    /// <summary>A failure after which a POST's effect is unknown: a per-try or total timeout, the client's own timeout, or
    /// a transport failure once the request may have been written. A caller's own cancellation is not one.</summary>
    public static bool MayHaveReachedChannel(Exception exception, CancellationToken callerToken) =>
        exception is TimeoutRejectedException
        || exception is HttpRequestException && !FailedBeforeSending(exception)
        || exception is OperationCanceledException && !callerToken.IsCancellationRequested;

    /// <summary>Answers protocols §5 lists retry-safe (429, 412, 502, 504) and the other transient ones Bot Builder's
    /// connector retries (408, 500, 503).</summary>
    private static bool IsTransient(HttpStatusCode? status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
