using StudyBot.Cohorts;
using StudyBot.Guides;
using StudyBot.Hosting;

namespace StudyBot.Checklist;

/// <summary>Operator route: <c>GET /api/admin/learners/{learnerKey}/export</c>, everything stored about a learner's checklist.</summary>
public static class ChecklistApi
{
    public static void MapChecklistApi(this WebApplication app) =>
        app.MapGet("/api/admin/learners/{learnerKey}/export", ExportAsync).RequireAdminKey();

    private static async Task<IResult> ExportAsync(string learnerKey, CompletionStore store, LearnerStore learners, IGuideCatalogProvider guides, CancellationToken ct)
    {
        var cohortTask = learners.GetLastCohortAsync(learnerKey, ct);
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
}
