using StudyBot.Cohorts;
using StudyBot.Conversation;
using StudyBot.Guides;

namespace StudyBot.Checklist;

/// <summary><c>/progress</c>: a bar and figure per track the learner is on (only those), each of its items as the
/// contract shows them (<c>✅ id — title</c> / <c>⬜ id — title</c>, one line each, roadmap order), the next three open
/// items as buttons (their titles are in the lines above), and where the full list (<c>/checklist track</c>) and the
/// cohort's figures (<c>/progress cohort</c>) are.</summary>
[Command("progress", Aliases = ["진행", "진도"], Usage = "/progress [@user | cohort]", HelpKey = "checklist.commands.progress", Order = 22)]
public sealed class ProgressCommand(
    IGuideCatalogProvider guides,
    CompletionStore store,
    LearnerStore learners,
    LearnerCohortResolver cohorts,
    ICohortProgressService cohortProgress,
    NextItems nextItems) : ICommand
{
    private const int BarCells = 10;

    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = guides.Current;
        var mention = context.Mentions.FirstOrDefault();
        var cohort = await cohorts.ResolveAsync(context, cancellationToken);
        if (mention is null && ItemResolver.Normalize(context.Arguments) is "cohort" or "코호트")
        {
            return await CohortAsync(context, cohort, cancellationToken);
        }

        // A Teams mention carries the user's channel id (29:…); learners are keyed by AAD id when there is one.
        var learnerKey = mention is null ? context.Learner.Key : await learners.ResolveAliasAsync((context.Learner with { UserId = mention.UserId }).Key, cancellationToken);
        var completions = await store.GetCompletionsAsync(learnerKey, cancellationToken);
        var doneIds = completions.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);

        var reply = new ReplyBuilder().Heading(mention is null
            ? context.T("checklist.progress.title")
            : context.T("checklist.progress.title_other", new { name = mention.Name ?? mention.UserId }));

        // The cohort's track and every track with a completion, in catalog order; a learner with neither gets the
        // per-track summary.
        var tracks = catalog.Guides
            .Where(g => g.Items.Count > 0 && (g.Name.Equals(cohort.Cohort?.Track, StringComparison.OrdinalIgnoreCase) || g.Items.Any(i => doneIds.Contains(i.Id))))
            .Select(g => g.Name)
            .ToArray();
        if (tracks.Length == 0)
        {
            reply.Text(context.T("checklist.progress.empty"))
                .Fields(ProgressFormat.TrackFigures(context, catalog, catalog.Guides.Where(g => g.Items.Count > 0).Select(g => g.Name), doneIds));
        }
        else
        {
            reply.Fields(tracks.Select(track =>
            {
                var items = ProgressFormat.TrackItems(catalog, track);
                var done = items.Count(i => doneIds.Contains(i.Id));
                return (Inline.Plain(track), Inline.Plain(Bar(done, items.Count) + " ").Append(ProgressFormat.Figure(context, done, items.Count)));
            }));
        }

        // The contract's list: each item of the tracks shown, ✅ done or ⬜ not done, one tight line each, in the order the
        // roadmap reaches them (the order "next" follows too).
        foreach (var track in tracks)
        {
            if (tracks.Length > 1)
            {
                reply.Text(Inline.Of(Inline.Bold(track)));
            }

            reply.List(nextItems.InRoadmapOrder(track).Select(i => ProgressFormat.Line(context, i, doneIds.Contains(i.Id))));
        }

        if (mention is null)
        {
            reply.NextList(context, await nextItems.ForAsync(cohort.Id, tracks, doneIds, cancellationToken));
        }

        reply.Context(tracks.Length > 0 ? context.T("checklist.progress.hint", new { track = tracks[0] }) : context.T("checklist.progress.hint_any"));
        if (cohort.Cohort is not null)
        {
            reply.Context(context.T("checklist.progress.cohort_hint"));
        }

        return reply.Build();
    }

    /// <summary><c>/progress cohort</c>: the learner's cohort (its channel, else the last one they acted in) per item —
    /// counts only, no names.</summary>
    private async Task<Reply> CohortAsync(CommandContext context, LearnerCohort cohort, CancellationToken cancellationToken)
    {
        if (cohort.Cohort is null || await cohortProgress.GetAsync(cohort.Id, cancellationToken) is not { } figures)
        {
            return Reply.Text(context.T("checklist.progress.no_cohort"));
        }

        var average = figures.LearnersProgress.Count == 0 ? 0 : (int)Math.Round(figures.LearnersProgress.Average(l => l.Pct), MidpointRounding.AwayFromZero);
        return new ReplyBuilder()
            .Heading(context.T("checklist.progress.cohort_title", new { cohort = figures.Cohort, learners = figures.Learners }))
            .Text(context.T("checklist.progress.cohort_average", new { pct = average }))
            .List(figures.Items.Select(i => context.T("checklist.progress.cohort_line", new { id = i.Id, done = i.Done, total = i.Total, pct = i.Pct })))
            .Build();
    }

    /// <summary>A ten-cell bar of the share done.</summary>
    public static string Bar(int done, int total)
    {
        var filled = total == 0 ? 0 : (int)Math.Round(BarCells * (double)done / total, MidpointRounding.AwayFromZero);
        filled = done > 0 ? Math.Max(1, filled) : filled;
        return new string('■', filled) + new string('□', BarCells - filled);
    }
}
