using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using StudyBot.Hosting;

namespace StudyBot.Connector;

/// <summary>Retry and timeout settings of connector calls (configuration section <c>Connector</c>).</summary>
public sealed class ConnectorResilienceOptions
{
    public const string Section = "Connector";

    [Positive] public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff of 5xx/412 retries; doubles each try, with jitter.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>Retry-After</c> waited out inside a call. A longer ask is not retried here: the call fails
    /// with <see cref="ConnectorException.RetryAfter"/> so the caller (e.g. the reminder scheduler) comes back later
    /// instead of holding a turn or a worker.</summary>
    [NotNegative] public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    [HttpTimeout] public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [HttpTimeout] public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The <c>connector</c> HttpClient's pipeline (protocols §5 "Retry"): total timeout → retry → per-try
/// timeout, with jittered exponential backoff; a 429 waits what <c>Retry-After</c> asks, up to
/// <see cref="ConnectorResilienceOptions.MaxRetryAfter"/>. Every method retries the transient answers (408, 412, 429,
/// 500, 502, 503, 504); GET/PUT/DELETE also retry transport failures and per-try timeouts. A POST (a reply, a reminder,
/// a new conversation) is not idempotent: after a timeout or a connection broken once the request was written the
/// channel may have acted on it, so it is not sent again (<see cref="RetrySafety.ShouldRetry"/>) and a slow channel never gets the
/// same message twice. Not retried: every other 4xx — 401 is handled by
/// <see cref="ConnectorClient"/> (fresh token), 403/404 mean the bot is gone from the conversation.</summary>
public static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConnectorResilienceOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = false, // RetryAfter below caps it
                ShouldHandle = args => ValueTask.FromResult(RetrySafety.ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome) && !(RetryAfter(args.Outcome.Result, TimeSpan.MaxValue) > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    /// <summary>The wait a 429/503 asks for (seconds or a date), at most <paramref name="cap"/>; null when it asks none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        // A date is read against the connector's own Date header, so neither clock skew nor a test clock matters.
        var wait = header?.Delta ?? (header?.Date is { } date && response!.Headers.Date is { } now ? date - now : null);
        if (wait is not { } w)
        {
            return null;
        }

        return w <= TimeSpan.Zero ? TimeSpan.Zero : w > cap ? cap : w;
    }
}
