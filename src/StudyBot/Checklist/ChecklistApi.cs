using System.Text;
using StudyBot.Guides;
using StudyBot.Hosting;

namespace StudyBot.Checklist;

/// <summary>Operator routes: a cohort's progress (JSON or CSV) and a learner's data export.</summary>
public static class ChecklistApi
{
    public static void MapChecklistApi(this WebApplication app)
    {
        app.MapGet("/api/cohorts/{cohort}/progress", GetProgressAsync).RequireAdminKey();
        app.MapGet("/api/admin/learners/{learnerKey}/export", ExportAsync).RequireAdminKey();
    }

    private static async Task<IResult> GetProgressAsync(string cohort, string? format, HttpRequest request, ICohortProgressService service, ILoggerFactory loggers, CancellationToken ct)
    {
        CohortProgress? progress;
        try
        {
            progress = await service.GetAsync(cohort, ct);
        }
        catch (StorageUnavailableException e)
        {
            return Unavailable(loggers, e);
        }

        if (progress is null)
        {
            return HostingExtensions.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{cohort}' and no learners under it.");
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
                  || request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);
        return csv
            ? Results.Text(ToCsv(progress), "text/csv; charset=utf-8", Encoding.UTF8)
            : Results.Json(progress);
    }

    private static async Task<IResult> ExportAsync(string learnerKey, CompletionStore store, IGuideCatalogProvider guides, ILoggerFactory loggers, CancellationToken ct)
    {
        try
        {
            var cohortTask = store.GetLastCohortAsync(learnerKey, ct);
            var completions = await store.GetCompletionsAsync(learnerKey, ct);
            var catalog = guides.Current;
            return Results.Json(new
            {
                learner = learnerKey,
                cohort = await cohortTask,
                completions = completions.OrderBy(c => c.CompletedAt).Select(c => new
                {
                    id = c.ItemId,
                    title = catalog.FindItem(c.ItemId)?.Title,
                    track = c.Track,
                    completedAt = c.CompletedAt,
                    note = c.Note,
                    cohort = c.Cohort.Length > 0 ? c.Cohort : null,
                }),
            });
        }
        catch (StorageUnavailableException e)
        {
            return Unavailable(loggers, e);
        }
    }

    private static IResult Unavailable(ILoggerFactory loggers, StorageUnavailableException e)
    {
        loggers.CreateLogger("StudyBot.Checklist.Api").LogWarning(e.InnerException, "Checklist API: table storage unavailable");
        return HostingExtensions.Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable", "Table storage did not answer; try again.");
    }

    /// <summary>One table for spreadsheets: a row per item, then a row per learner.</summary>
    public static string ToCsv(CohortProgress progress)
    {
        var sb = new StringBuilder();
        sb.Append("type,id,title,done,total,pct\r\n");
        foreach (var i in progress.Items)
        {
            Row(sb, "item", i.Id, i.Title, i.Done, i.Total, i.Pct);
        }

        foreach (var l in progress.LearnersProgress)
        {
            Row(sb, "learner", l.Learner, l.Name ?? string.Empty, l.Done, l.Total, l.Pct);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string type, string id, string title, int done, int total, int pct) =>
        sb.Append(type).Append(',').Append(Field(id)).Append(',').Append(Field(title)).Append(',')
            .Append(done).Append(',').Append(total).Append(',').Append(pct).Append("\r\n");

    private static string Field(string value)
    {
        // A learner's display name is theirs to choose: keep spreadsheets from running it as a formula.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
