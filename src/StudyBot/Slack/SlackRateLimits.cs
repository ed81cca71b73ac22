using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace StudyBot.Slack;

/// <summary>Slack's Web API rate limits, per method per workspace (https://docs.slack.dev/apis/web-api/rate-limits):
/// each method's tier (Tier 1: 1+/min, 2: 20+/min, 3: 50+/min, 4: 100+/min; <c>chat.postMessage</c> is special: about one
/// message per second per channel) becomes a token bucket per (workspace, method) — or (workspace, channel) for posts —
/// refilled at the tier's rate with a burst of ten seconds' worth. A 429 holds that bucket until its <c>Retry-After</c>.
/// Waits and 429s are metrics (<c>studybot.slack.pacing.wait</c>, <c>studybot.slack.ratelimited</c>, by method and tier).</summary>
public sealed class SlackRateLimits(TimeProvider time)
{
    /// <summary>Request option naming the workspace a call acts for (set by <see cref="SlackApiClient"/>).</summary>
    public static readonly HttpRequestOptionsKey<string> WorkspaceKey = new("studybot.slack.workspace");

    /// <summary>Request option naming the channel of a <c>chat.postMessage</c> (its limit is per channel).</summary>
    public static readonly HttpRequestOptionsKey<string> ChannelKey = new("studybot.slack.channel");

    /// <summary>The tier of each method StudyBot calls, from each method's reference page. Unknown methods count as Tier 2
    /// (the most common tier: pacing them too slowly is safer than a 429).</summary>
    private static readonly Dictionary<string, string> Tiers = new(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = "special",
        ["chat.postEphemeral"] = "tier4",
        ["users.info"] = "tier4",
        ["views.publish"] = "tier4",
        ["views.open"] = "tier4",
        ["auth.test"] = "special",
        ["oauth.v2.access"] = "tier4",
    };

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public static string TierOf(string method) => Tiers.GetValueOrDefault(method, "tier2");

    /// <summary>Requests per minute and burst of a tier.</summary>
    public static (double PerMinute, double Burst) Limits(string tier) => tier switch
    {
        "tier1" => (1, 1),
        "tier2" => (20, 3),
        "tier3" => (50, 8),
        "tier4" => (100, 16),
        _ => (60, 3), // special: chat.postMessage per channel (1/s, short bursts); auth.test is asked once per workspace
    };

    /// <summary>Waits until a call of <paramref name="method"/> for <paramref name="workspace"/> is within its limit.</summary>
    public async Task WaitTurnAsync(string workspace, string method, string? channel, CancellationToken ct)
    {
        var tier = TierOf(method);
        var bucket = _buckets.GetOrAdd(Key(workspace, method, channel), _ => new Bucket(Limits(tier), time.GetUtcNow()));
        var wait = bucket.Take(time.GetUtcNow());
        StudyBotMetrics.SlackPacingWait.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("tier", tier));
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, time, ct);
            }
            catch (OperationCanceledException)
            {
                bucket.Refund(); // a caller that gave up does not keep its slot: later callers are not held for it
                throw;
            }
        }
    }

    /// <summary>Slack answered 429: nothing more for this method and workspace until <paramref name="retryAfter"/> has passed.</summary>
    public void Throttled(string workspace, string method, string? channel, TimeSpan retryAfter)
    {
        var tier = TierOf(method);
        StudyBotMetrics.SlackRateLimited.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("tier", tier));
        var until = time.GetUtcNow() + retryAfter;
        _buckets.GetOrAdd(Key(workspace, method, channel), _ => new Bucket(Limits(tier), time.GetUtcNow())).HoldUntil(until);
    }

    private static string Key(string workspace, string method, string? channel) =>
        method == "chat.postMessage" && channel is not null ? $"{workspace}|{method}|{channel}" : $"{workspace}|{method}";

    /// <summary>A token bucket: <c>Burst</c> calls at once, then one per <c>60 / PerMinute</c> seconds.</summary>
    private sealed class Bucket((double PerMinute, double Burst) limits, DateTimeOffset now)
    {
        private readonly double _perSecond = limits.PerMinute / 60.0;
        private readonly double _burst = limits.Burst;
        private double _tokens = limits.Burst;
        private DateTimeOffset _at = now;

        /// <summary>Books one call and returns how long it must wait.</summary>
        public TimeSpan Take(DateTimeOffset now)
        {
            lock (this)
            {
                if (now > _at)
                {
                    _tokens = Math.Min(_burst, _tokens + (now - _at).TotalSeconds * _perSecond);
                    _at = now;
                }

                _tokens -= 1;
                var wait = _tokens >= 0 ? 0 : -_tokens / _perSecond;
                return (_at - now) + TimeSpan.FromSeconds(wait);
            }
        }

        public void Refund()
        {
            lock (this)
            {
                _tokens = Math.Min(_burst, _tokens + 1);
            }
        }

        public void HoldUntil(DateTimeOffset until)
        {
            lock (this)
            {
                if (until > _at)
                {
                    // Nothing before Retry-After has passed, then one call (and the tier's rate from there).
                    _at = until;
                    _tokens = Math.Min(_tokens, 1);
                }
            }
        }
    }
}

/// <summary>Paces every attempt of a Slack Web API call (inside the resilience handler, so retries are paced too) and
/// tells <see cref="SlackRateLimits"/> about 429s and their <c>Retry-After</c>.</summary>
public sealed class SlackRateLimitHandler(SlackRateLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments.LastOrDefault() ?? string.Empty;
        request.Options.TryGetValue(SlackRateLimits.WorkspaceKey, out var workspace);
        request.Options.TryGetValue(SlackRateLimits.ChannelKey, out var channel);
        workspace ??= "-";
        await limits.WaitTurnAsync(workspace, method, channel, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            limits.Throttled(workspace, method, channel, retryAfter);
            Activity.Current?.AddEvent(new ActivityEvent("slack.ratelimited"));
        }

        return response;
    }
}
