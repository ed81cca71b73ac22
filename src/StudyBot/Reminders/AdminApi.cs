using System.Globalization;
using System.Text.Json;
using StudyBot.Hosting;

namespace StudyBot.Reminders;

/// <summary>The operator API of the contract: <c>/api/admin/cohorts/{cohort}</c>, its subscriptions, and
/// <c>/api/admin/reminders/run</c>. <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c> (unset → 404, wrong → 401).</summary>
public static class AdminApi
{
    private const int MaxBody = 64 * 1024;

    public static void MapReminderAdmin(this WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").RequireAdminKey();
        admin.MapPut("/cohorts/{cohort}", PutCohortAsync);
        admin.MapGet("/cohorts/{cohort}", GetCohortAsync);
        admin.MapPost("/cohorts/{cohort}/subscriptions", SubscribeAsync);
        admin.MapPost("/reminders/run", RunAsync);
    }

    private static async Task<IResult> PutCohortAsync(string cohort, HttpRequest request, CohortService service, CancellationToken ct)
    {
        var (doc, error) = await ReadJsonAsync(request, ct);
        if (error is not null)
        {
            return error;
        }

        using (doc)
        {
            var result = await service.SaveAsync(cohort, CohortInput.FromJson(doc!.RootElement), ct);
            return result.Error is { } e ? BadField(e.Field, e.Message) : Results.Json(await service.ToJsonAsync(result.Cohort!, includeSubscriptions: false, ct));
        }
    }

    private static async Task<IResult> GetCohortAsync(string cohort, CohortService service, CancellationToken ct) =>
        await service.GetAsync(cohort, ct) is { } c ? Results.Json(await service.ToJsonAsync(c, includeSubscriptions: true, ct)) : NotFound(cohort);

    private static async Task<IResult> SubscribeAsync(string cohort, HttpRequest request, CohortService service, CancellationToken ct)
    {
        var (doc, error) = await ReadJsonAsync(request, ct);
        if (error is not null)
        {
            return error;
        }

        using (doc)
        {
            if (await service.GetAsync(cohort, ct) is null)
            {
                return NotFound(cohort);
            }

            var (sub, bad) = SubscriptionInput.FromJson(cohort, doc!.RootElement);
            if (bad is { } b)
            {
                return BadField(b.Field, b.Message);
            }

            return Results.Json(CohortService.SubscriptionJson(await service.SubscribeAsync(sub!, ct)));
        }
    }

    private static async Task<IResult> RunAsync(HttpRequest request, CohortService service, ReminderDispatcher dispatcher, CancellationToken ct)
    {
        var q = request.Query;
        var cohortId = q["cohort"].ToString();
        if (string.IsNullOrEmpty(cohortId))
        {
            return BadField("cohort", "required");
        }

        if (!DateOnly.TryParseExact(q["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return BadField("date", "expected YYYY-MM-DD");
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
                return BadField("slot", "expected morning or lab");
        }

        var forceText = q["force"].ToString();
        if (forceText.Length > 0 && !bool.TryParse(forceText, out _))
        {
            return BadField("force", "expected true or false");
        }

        if (await service.GetAsync(cohortId, ct) is not { } cohort)
        {
            return NotFound(cohortId);
        }

        var result = await dispatcher.RunSlotAsync(cohort, date, slot, force: forceText.Length > 0 && bool.Parse(forceText), allowNew: true, ct);
        return Results.Json(new { sent = result.Sent, alreadySent = result.AlreadySent, failed = result.Failed });
    }

    private static async Task<(JsonDocument? Doc, IResult? Error)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadBodyAsync(MaxBody, ct);
        if (body is null)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "body too large"));
        }

        try
        {
            var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "expected a JSON object"));
            }

            return (doc, null);
        }
        catch (JsonException)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "malformed JSON"));
        }
    }

    private static IResult BadField(string field, string message) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"invalid field '{field}'", detail: message, extensions: new Dictionary<string, object?> { ["field"] = field });

    private static IResult NotFound(string cohort) => HostingExtensions.Problem(StatusCodes.Status404NotFound, "unknown cohort", cohort);
}
