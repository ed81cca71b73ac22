using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyBot.Hosting;

/// <summary>Readiness in words an operator can act on: <c>/readyz</c> answers one plain line (503 with the failing
/// checks and their reasons, never a stack trace), and the same line is logged once right after start when a
/// dependency (table storage) is unreachable then.</summary>
public static class Readiness
{
    private const int MaxReason = 200;

    /// <summary><c>Healthy</c>, or e.g. <c>Unhealthy: tables: table storage unreachable, endpoint http://127.0.0.1:10302 (Connection refused (127.0.0.1:10302))</c>.</summary>
    public static string OneLine(HealthReport report) =>
        report.Status == HealthStatus.Healthy
            ? "Healthy"
            : $"{report.Status}: " + string.Join("; ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {Reason(e.Value)}"));

    /// <summary>The check's description and the first line of the error under any retry wrapper, capped: SDK messages
    /// span many lines (status, headers, request ids) and belong in traces, not in a probe answer.</summary>
    public static string Reason(HealthReportEntry entry)
    {
        var reason = entry.Description ?? entry.Status.ToString();
        var e = entry.Exception;
        while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }

        if (e is OperationCanceledException)
        {
            reason += " (no answer in time)";
        }
        else if (e is not null)
        {
            var first = e.Message.AsSpan().Trim();
            var newline = first.IndexOfAny('\r', '\n');
            reason += $" ({(newline >= 0 ? first[..newline] : first).ToString()})";
        }

        return reason.Length <= MaxReason ? reason : reason[..MaxReason] + "…";
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(OneLine(report) + "\n");
    }
}

/// <summary>Right after start, runs the readiness checks once and logs one warning line per dependency that failed
/// with an error (not the guide index, which is still building then), e.g. a mistyped or unreachable storage account.</summary>
internal sealed class StartupReadinessLog(HealthCheckService health, IHostApplicationLifetime lifetime, ILogger<StartupReadinessLog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource();
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            var report = await health.CheckHealthAsync(c => c.Tags.Contains(HostingExtensions.ReadyTag), stoppingToken);
            foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy && e.Value.Exception is not null))
            {
                logger.LogWarning("Not ready at start: {Check}: {Reason}. /readyz answers 503 until it recovers.", name, Readiness.Reason(entry));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
