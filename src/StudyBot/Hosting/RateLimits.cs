using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace StudyBot.Hosting;

/// <summary>One client's allowance on a rate-limited route: a token bucket of <see cref="TokenLimit"/> requests,
/// refilled by <see cref="TokensPerPeriod"/> every <see cref="Period"/>.</summary>
public sealed class ClientRateLimit
{
    [Positive] public int TokenLimit { get; set; }

    [Positive] public int TokensPerPeriod { get; set; }

    [Positive] public TimeSpan Period { get; set; }
}

/// <summary><c>RateLimits:*</c>: per-client caps on the routes anyone can call without a credential.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary><c>GET /api/ask</c>: a burst large enough for an evaluation run of a few hundred questions, then ten a
    /// second (each question is a search: CPU that one client must not monopolise).</summary>
    [ValidateObjectMembers]
    public ClientRateLimit Ask { get; set; } = new() { TokenLimit = 300, TokensPerPeriod = 10, Period = TimeSpan.FromSeconds(1) };

    /// <summary>New Direct Line tokens and conversations: a page load takes two, so this is dozens of page loads, then one
    /// every two seconds — far below what it would take to crowd live conversations out of memory.</summary>
    [ValidateObjectMembers]
    public ClientRateLimit DirectLineStarts { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 30, Period = TimeSpan.FromMinutes(1) };
}

/// <summary>ASP.NET Core's rate limiter, partitioned per client address (the connection's remote address; behind a
/// configured proxy the client's, from <c>X-Forwarded-For</c>: <see cref="ProxyHeaders"/>). Refusals are <c>429</c>
/// problem+json with <c>Retry-After</c>.</summary>
public static class RateLimits
{
    public const string Ask = "ask";
    public const string DirectLineStarts = "directline-starts";

    public static IServiceCollection AddStudyBotRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConfiguredOptions<RateLimitOptions>(RateLimitOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Ask, http => PerClient(http, limits => limits.Ask));
            o.AddPolicy(DirectLineStarts, http => PerClient(http, limits => limits.DirectLineStarts));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, Func<RateLimitOptions, ClientRateLimit> pick)
    {
        var limit = pick(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.TokenLimit,
            TokensPerPeriod = limit.TokensPerPeriod,
            ReplenishmentPeriod = limit.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await HostingExtensions.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", $"Try again in {seconds} s.").ExecuteAsync(context.HttpContext);
    }
}
