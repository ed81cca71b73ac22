using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using StudyBot.Cohorts;
using StudyBot.Hosting;

namespace StudyBot.Reminders;

/// <summary>The operator API's reminder route: <c>POST /api/admin/reminders/run?cohort=&amp;date=&amp;slot=&amp;force=</c>
/// sends (or re-sends) one slot now and answers per channel. <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c>.</summary>
public static class AdminApi
{
    public static void MapReminderAdmin(this WebApplication app) =>
        app.MapAdminGroup().MapPost("/reminders/run", RunAsync);

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> RunAsync([AsParameters] RunQuery query, CohortService service, ReminderDispatcher dispatcher, CancellationToken ct)
    {
        if (await service.GetAsync(query.Cohort!, ct) is not { } cohort)
        {
            return AdminRequests.UnknownCohort(query.Cohort!);
        }

        var result = await dispatcher.RunSlotAsync(cohort, query.ParsedDate, query.ParsedSlot, query.ParsedForce, allowNew: true, ct);
        return TypedResults.Ok(new RunResponse(result.Sent, result.AlreadySent, result.Failed, result.Channels, result.Note));
    }
}

/// <summary>The query of a manual reminder run.</summary>
public sealed record RunQuery(string? Cohort, string? Date, string? Slot, string? Force) : IAdminRequest
{
    public DateOnly ParsedDate => DateOnly.ParseExact(Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ReminderSlot ParsedSlot => Slot == "lab" ? ReminderSlot.Lab : ReminderSlot.Morning;

    public bool ParsedForce => Force is { Length: > 0 } f && bool.Parse(f);

    public FieldError? Validate() =>
        string.IsNullOrEmpty(Cohort) ? new FieldError("cohort", "required")
        : !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? new FieldError("date", "expected YYYY-MM-DD")
        : Slot is not (null or "" or "morning" or "lab") ? new FieldError("slot", "expected morning or lab")
        : Force is { Length: > 0 } && !bool.TryParse(Force, out _) ? new FieldError("force", "expected true or false")
        : null;
}

/// <summary>What a manual run did: totals, one line per subscribed channel, and a note when nothing was due or the
/// slot is still in the future.</summary>
public sealed record RunResponse(int Sent, int AlreadySent, int Failed, IReadOnlyList<ChannelOutcome> Channels, string? Note);
