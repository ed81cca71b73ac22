using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyBot.Storage;

namespace StudyBot.Hosting;

public static class HostingExtensions
{
    /// <summary>Tag of health checks that must pass before the instance takes traffic (guide index, table storage).</summary>
    public const string ReadyTag = "ready";

    public static void AddStudyBotHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceBaseUrl>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = StorageProblem);
        builder.Services.AddExceptionHandler<StorageOutageAnswer>();
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<StartupReadinessLog>();
        builder.Services.AddStudyBotRateLimits(builder.Configuration);
        builder.Services.AddProxyHeaders(builder.Configuration);
        builder.Services.AddConfiguredOptions<AdminOptions>(AdminOptions.Section);
        builder.Services.AddSingleton<AdminUsers>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AdminUsers>());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Routes set tighter per-endpoint limits (256 KB for activities); this is the outer bound.
            k.Limits.MaxRequestBodySize = 1024 * 1024;
            k.AddServerHeader = false;
        });
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

        // Hosted services stop in reverse order of registration: registered here, before the capabilities' own
        // services, it stops after them and still awaits any work they handed over while stopping.
        builder.Services.AddSingleton<BackgroundWorkTracker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackgroundWorkTracker>());
    }

    public static void UseStudyBotHosting(this WebApplication app)
    {
        app.UseProxyHeaders();

        // Never a stack trace to a caller: unhandled exceptions become a short problem+json 500 — except that storage
        // not answering is 503 with Retry-After (every route, one rule), the caller's to retry.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                StorageUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },

            // An outage is a warning now and then with a count (below), not an error with a stack trace per request.
            SuppressDiagnosticsCallback = context => context.Exception is StorageUnavailableException,
        });
        app.UseStatusCodePages();
        app.UseRateLimiter();

        // Every request waits for table storage at most Storage:TurnTimeout in all: hung storage answers 503 (above)
        // with Retry-After in time, instead of holding the caller for the SDK's retries.
        var turnTimeout = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.TurnTimeout;
        app.Use(async (context, next) =>
        {
            using var budget = StorageDeadline.Begin(turnTimeout);
            await next(context);
        });
    }

    /// <summary>Seconds a caller should wait before retrying a request that storage could not serve.</summary>
    public const int StorageRetryAfterSeconds = 5;

    private static void StorageProblem(ProblemDetailsContext context)
    {
        if (context.Exception is StorageUnavailableException)
        {
            context.ProblemDetails.Title = "Storage unavailable";
            context.ProblemDetails.Detail = "Table storage did not answer; try again shortly.";
        }
    }

    /// <summary>Logs an outage and sets Retry-After on its 503 before any body is chosen: a caller that accepts no
    /// problem+json (<c>Accept: text/csv</c>) gets no problem body, and must still be told when to retry.</summary>
    private sealed class StorageOutageAnswer(StorageOutageLog log) : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is StorageUnavailableException e)
            {
                // The route's pattern, not its path: paths carry learner keys and cohort ids.
                var route = (http.Features.Get<IExceptionHandlerFeature>()?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                log.Warn($"{http.Request.Method} {route}", e.Reason);
                http.Response.Headers.RetryAfter = StorageRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            // Not handled: the problem+json answer (StorageProblem) is written as for every other error.
            return ValueTask.FromResult(false);
        }
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = Readiness.WriteAsync });
    }

    /// <summary>Reads a request body up to <paramref name="limit"/> bytes; over it the request is answered 413 by the caller.</summary>
    public static async Task<byte[]?> ReadBodyAsync(this HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit + 1L;
        }

        // Every request passes here (activities, Slack, Direct Line): size the buffer from Content-Length and borrow the
        // read chunk from the pool instead of allocating one per request.
        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, limit));
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>A short RFC 7807 problem answer (no internals).</summary>
    public static IResult Problem(int status, string title, string? detail = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
