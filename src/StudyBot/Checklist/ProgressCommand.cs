using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Storage;
using StudyBot.Guides;

namespace StudyBot.Checklist;

[Command("progress", Aliases = ["진행", "진도"], Usage = "/progress [@user]", HelpKey = "checklist.commands.progress", Order = 22)]
public sealed class ProgressCommand(
    IGuideCatalogProvider guides,
    CompletionStore store,
    LearnerStore learners,
    LearnerCohortResolver cohorts,
    ICohortProgressService cohortProgress) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = guides.Current;
        var mention = context.Mentions.FirstOrDefault();
        var cohort = await cohorts.ResolveAsync(context, cancellationToken);
        var cohortTask = cohort.InCohortChannel ? cohortProgress.GetAsync(cohort.Id, cancellationToken) : Task.FromResult<CohortProgress?>(null);

        // A Teams mention carries the user's channel id (29:…); learners are keyed by AAD id when there is one.
        var learnerKey = mention is null ? context.Learner.Key : await learners.ResolveAliasAsync((context.Learner with { UserId = mention.UserId }).Key, cancellationToken);
        var completions = await store.GetCompletionsAsync(learnerKey, cancellationToken);
        var doneIds = completions.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);

        var reply = new ReplyBuilder().Heading(mention is null
            ? context.T("checklist.progress.title")
            : context.T("checklist.progress.title_other", new { name = mention.Name ?? mention.UserId }));

        // The cohort's track and every track with a completion, in catalog order; a learner with neither gets
        // the per-track summary instead of 140 empty boxes.
        var tracks = catalog.Guides
            .Where(g => g.Items.Count > 0 && (g.Name.Equals(cohort.Cohort?.Track, StringComparison.OrdinalIgnoreCase) || g.Items.Any(i => doneIds.Contains(i.Id))))
            .ToArray();
        if (tracks.Length == 0)
        {
            reply.Text(context.T("checklist.progress.empty"))
                .Fields(ProgressFormat.TrackFigures(context, catalog, catalog.Guides.Where(g => g.Items.Count > 0).Select(g => g.Name), doneIds));
        }

        foreach (var track in tracks)
        {
            var done = track.Items.Count(i => doneIds.Contains(i.Id));
            reply.Text(Inline.Of(Inline.Bold(track.Name), new Span(" ")).Append(ProgressFormat.Figure(context, done, track.Items.Count)))
                .List(track.Items.Select(i => ProgressFormat.Line(context, i, doneIds.Contains(i.Id))));
        }

        if (await cohortTask is { } figures)
        {
            reply.Divider()
                .Text(context.T("checklist.progress.cohort_title", new { cohort = figures.Cohort, learners = figures.Learners }))
                .List(figures.Items.Select(i => context.T("checklist.progress.cohort_line", new { id = i.Id, done = i.Done, total = i.Total, pct = i.Pct })));
        }

        if (mention is null)
        {
            reply.NextSuggestion(context, catalog, tracks.Select(t => t.Name), doneIds);
        }

        return reply.Context(context.T("checklist.progress.hint")).Build();
    }
}
