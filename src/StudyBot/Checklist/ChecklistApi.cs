using Microsoft.AspNetCore.Http.HttpResults;
using StudyBot.Cohorts;
using StudyBot.Guides;
using StudyBot.Hosting;

namespace StudyBot.Checklist;

/// <summary>Everything stored about a learner's checklist (<c>GET /api/admin/learners/{learnerKey}/export</c>).</summary>
public sealed record LearnerExport(string Learner, string? Cohort, IReadOnlyList<ExportedCompletion> Completions);

/// <summary>One completion as exported: the item with its current title, when, the note and the cohort it counted for.</summary>
public sealed record ExportedCompletion(string Id, string? Title, string Track, DateTimeOffset CompletedAt, string? Note, string? Cohort);

/// <summary>Operator route: a learner's checklist export, in the operator API group (admin key, problem answers).</summary>
public static class ChecklistApi
{
    public static void MapChecklistApi(this WebApplication app) =>
        app.MapAdminGroup().MapGet("/learners/{learnerKey}/export", ExportAsync);

    private static async Task<Ok<LearnerExport>> ExportAsync(string learnerKey, CompletionStore store, LearnerStore learners, IGuideCatalogProvider guides, CancellationToken ct)
    {
        var cohortTask = learners.GetLastCohortAsync(learnerKey, ct);
        var completions = await store.GetCompletionsAsync(learnerKey, ct);
        var catalog = guides.Current;
        var exported = completions.OrderBy(c => c.CompletedAt)
            .Select(c => new ExportedCompletion(c.ItemId, catalog.FindItem(c.ItemId)?.Title, c.Track, c.CompletedAt, c.Note, c.Cohort.Length > 0 ? c.Cohort : null))
            .ToList();
        return TypedResults.Ok(new LearnerExport(learnerKey, await cohortTask, exported));
    }
}
