using Microsoft.AspNetCore.Http.HttpResults;
using StudyBot.Hosting;

namespace StudyBot.Cohorts;

/// <summary>The operator API for cohorts and their subscriptions, what operators script a cohort's set-up against
/// (typed requests and responses; <see cref="AdminValidationFilter"/> answers shape errors, <see cref="CohortService"/>
/// the domain rules, both as a problem naming the field). <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c> (unset →
/// 404, wrong → 401).</summary>
public static class CohortAdminApi
{
    public static void MapCohortAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/cohorts", ListAsync);
        admin.MapPut("/cohorts/{cohort}", PutAsync);
        admin.MapGet("/cohorts/{cohort}", GetAsync);
        admin.MapDelete("/cohorts/{cohort}", DeleteAsync);
        admin.MapPost("/cohorts/{cohort}/subscriptions", SubscribeAsync);
        admin.MapDelete("/cohorts/{cohort}/subscriptions/{conversationKey}", UnsubscribeAsync);
    }

    private static async Task<Ok<IReadOnlyList<CohortSummary>>> ListAsync(CohortService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));

    private static async Task<Results<Ok<CohortResponse>, ProblemHttpResult>> PutAsync(string cohort, AdminBody<CohortRequest> body, CohortService service, CancellationToken ct)
    {
        var (saved, error) = await service.SaveAsync(cohort, body.Value!, ct);
        return error is not null ? AdminRequests.BadField(error.Field, error.Message) : TypedResults.Ok(await service.ToResponseAsync(saved!, details: true, ct));
    }

    private static async Task<Results<Ok<CohortResponse>, ProblemHttpResult>> GetAsync(string cohort, CohortService service, CancellationToken ct) =>
        await service.GetAsync(cohort, ct) is { } c ? TypedResults.Ok(await service.ToResponseAsync(c, details: true, ct)) : AdminRequests.UnknownCohort(cohort);

    /// <summary>Removes the cohort and its subscriptions; completions stay (learners keep their history).</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string cohort, CohortService service, CancellationToken ct) =>
        await service.DeleteAsync(cohort, ct) ? TypedResults.NoContent() : AdminRequests.UnknownCohort(cohort);

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> SubscribeAsync(string cohort, AdminBody<SubscriptionRequest> body, CohortService service, CancellationToken ct)
    {
        if (await service.GetAsync(cohort, ct) is null)
        {
            return AdminRequests.UnknownCohort(cohort);
        }

        var (subscription, error) = service.SubscriptionFrom(cohort, body.Value!);
        return error is not null ? AdminRequests.BadField(error.Field, error.Message) : TypedResults.Ok(SubscriptionResponse.From(await service.SubscribeAsync(subscription!, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnsubscribeAsync(string cohort, string conversationKey, CohortService service, CancellationToken ct)
    {
        if (await service.GetAsync(cohort, ct) is null)
        {
            return AdminRequests.UnknownCohort(cohort);
        }

        return await service.UnsubscribeAsync(cohort, conversationKey, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "unknown subscription", detail: conversationKey);
    }
}
