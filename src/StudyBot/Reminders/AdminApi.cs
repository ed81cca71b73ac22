using System.Globalization;
using StudyBot.Cohorts;
using StudyBot.Hosting;

namespace StudyBot.Reminders;

/// <summary>The operator API's reminder route: <c>POST /api/admin/reminders/run?cohort=&amp;date=&amp;slot=&amp;force=</c>
/// sends (or re-sends) one slot now. <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c> (unset → 404, wrong → 401).</summary>
public static class AdminApi
{
    public static void MapReminderAdmin(this WebApplication app) =>
        app.MapGroup("/api/admin").RequireAdminKey().MapPost("/reminders/run", RunAsync);

    private static async Task<IResult> RunAsync(HttpRequest request, CohortService service, ReminderDispatcher dispatcher, CancellationToken ct)
    {
        var q = request.Query;
        var cohortId = q["cohort"].ToString();
        if (string.IsNullOrEmpty(cohortId))
        {
            return AdminRequests.BadField("cohort", "required");
        }

        if (!DateOnly.TryParseExact(q["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return AdminRequests.BadField("date", "expected YYYY-MM-DD");
        }

        ReminderSlot slot;
        switch (q["slot"].ToString())
        {
            case "" or "morning":
                slot = ReminderSlot.Morning;
                break;
            case "lab":
                slot = ReminderSlot.Lab;
                break;
            default:
                return AdminRequests.BadField("slot", "expected morning or lab");
        }

        var forceText = q["force"].ToString();
        if (forceText.Length > 0 && !bool.TryParse(forceText, out _))
        {
            return AdminRequests.BadField("force", "expected true or false");
        }

        if (await service.GetAsync(cohortId, ct) is not { } cohort)
        {
            return AdminRequests.UnknownCohort(cohortId);
        }

        var result = await dispatcher.RunSlotAsync(cohort, date, slot, force: forceText.Length > 0 && bool.Parse(forceText), allowNew: true, ct);
        return Results.Json(new { sent = result.Sent, alreadySent = result.AlreadySent, failed = result.Failed });
    }
}
