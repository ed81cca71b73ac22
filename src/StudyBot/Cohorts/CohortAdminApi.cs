using StudyBot.Hosting;

namespace StudyBot.Cohorts;

/// <summary>The operator API of the contract for cohorts: <c>/api/admin/cohorts/{cohort}</c> and its subscriptions.
/// <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c> (unset → 404, wrong → 401).</summary>
public static class CohortAdminApi
{
    public static void MapCohortAdmin(this WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").RequireAdminKey();
        admin.MapPut("/cohorts/{cohort}", PutCohortAsync);
        admin.MapGet("/cohorts/{cohort}", GetCohortAsync);
        admin.MapPost("/cohorts/{cohort}/subscriptions", SubscribeAsync);
    }

    private static async Task<IResult> PutCohortAsync(string cohort, HttpRequest request, CohortService service, CancellationToken ct)
    {
        var (doc, error) = await AdminRequests.ReadJsonAsync(request, ct);
        if (error is not null)
        {
            return error;
        }

        using (doc)
        {
            var result = await service.SaveAsync(cohort, CohortInput.FromJson(doc!.RootElement), ct);
            return result.Error is { } e ? AdminRequests.BadField(e.Field, e.Message) : Results.Json(await service.ToJsonAsync(result.Cohort!, includeSubscriptions: false, ct));
        }
    }

    private static async Task<IResult> GetCohortAsync(string cohort, CohortService service, CancellationToken ct) =>
        await service.GetAsync(cohort, ct) is { } c ? Results.Json(await service.ToJsonAsync(c, includeSubscriptions: true, ct)) : AdminRequests.UnknownCohort(cohort);

    private static async Task<IResult> SubscribeAsync(string cohort, HttpRequest request, CohortService service, CancellationToken ct)
    {
        var (doc, error) = await AdminRequests.ReadJsonAsync(request, ct);
        if (error is not null)
        {
            return error;
        }

        using (doc)
        {
            if (await service.GetAsync(cohort, ct) is null)
            {
                return AdminRequests.UnknownCohort(cohort);
            }

            var (sub, bad) = SubscriptionInput.FromJson(cohort, doc!.RootElement);
            if (bad is { } b)
            {
                return AdminRequests.BadField(b.Field, b.Message);
            }

            return Results.Json(CohortService.SubscriptionJson(await service.SubscribeAsync(sub!, ct)));
        }
    }
}
