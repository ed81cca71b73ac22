using System.Text;
using StudyBot.Hosting;

namespace StudyBot.Cohorts;

/// <summary><c>GET /api/cohorts/{cohort}/progress</c> (admin key): a cohort's checklist figures as JSON, or as CSV for
/// spreadsheets (<c>?format=csv</c> or <c>Accept: text/csv</c>).</summary>
public static class CohortProgressApi
{
    public static void MapCohortProgress(this WebApplication app) =>
        app.MapGet("/api/cohorts/{cohort}/progress", GetProgressAsync).RequireAdminKey();

    private static async Task<IResult> GetProgressAsync(string cohort, string? format, HttpRequest request, ICohortProgressService service, CancellationToken ct)
    {
        if (await service.GetAsync(cohort, ct) is not { } progress)
        {
            return HostingExtensions.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{cohort}' and no learners under it.");
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
                  || request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);
        return csv
            ? Results.Text(ToCsv(progress), "text/csv; charset=utf-8", Encoding.UTF8)
            : Results.Json(progress);
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
